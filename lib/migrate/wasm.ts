import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type * as SchemaEngineModule from "@prisma/schema-engine-wasm";

export type SchemaEngineWasm = typeof SchemaEngineModule;

let loading: Promise<SchemaEngineWasm> | undefined;
// The glue hands a Rust panic's message here, then the wasm traps with a bare "unreachable" that
// surfaces as an uncaught exception: print the reason first so the crash can be understood.
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => console.error(`Prisma's schema engine panicked: ${message}`),
};

/** Prisma's schema engine compiled to WebAssembly, instantiated once per process. */
export function loadSchemaEngine() {
  loading ??= instantiate();
  return loading;
}

async function instantiate(): Promise<SchemaEngineWasm> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(pathToFileURL(gluePath).href);
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(glue) });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

// The engine races its work against timeouts it never cancels, which would keep the process alive
// ~10 s after each call. Unref'd, they still fire while a call runs: its connection pools hold the process.
function withUnrefTimers(glue: WebAssembly.ModuleImports) {
  const imports = { ...glue };
  for (const [name, fn] of Object.entries(glue)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof fn !== "function") continue;
    imports[name] = (...args: unknown[]) => {
      const timer: NodeJS.Timeout = fn(...args);
      timer.unref?.();
      return timer;
    };
  }
  return imports;
}
