import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { text } from "node:stream/consumers";
import type { LoadOutcome } from "./load-stats";
import type { LoadJob } from "./load-worker";

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

/**
 * A server action's id in the current build, and the path of a page that imports it (where the
 * browser posts it), e.g. "app/(app)/incidents/new/page" → /incidents/new.
 */
export function serverAction(file: string, name: string) {
  const manifest = path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  const { node } = JSON.parse(readFileSync(manifest, "utf8")) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(node).find(([, entry]) => entry.filename === file && entry.exportedName === name);
  const page = found && Object.keys(found[1].workers).find((worker) => !worker.includes("["));
  if (!found || !page) throw new Error(`No server action ${name} in ${file} with a static page: is the build current?`);
  const segments = page.replace(/^app\//, "").replace(/\/?page$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s));
  return { id: found[0], path: `/${segments.join("/")}` };
}

/** Runs the job in the load-generator process and returns what it measured. */
export async function driveHttp(job: LoadJob): Promise<LoadOutcome> {
  const worker = spawn("node_modules/.bin/tsx", ["scripts/bench/load-worker.ts"], { stdio: ["pipe", "pipe", "inherit"] });
  worker.stdin.end(JSON.stringify(job));
  const [output, code] = await Promise.all([text(worker.stdout), new Promise((resolve) => worker.on("exit", resolve))]);
  if (code !== 0) throw new Error(`The load generator stopped with code ${code}.`);
  return JSON.parse(output.trim().split("\n").at(-1)!) as LoadOutcome;
}
