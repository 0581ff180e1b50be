import { spawn } from "node:child_process";
import { chmod } from "node:fs/promises";
import { UserFacingError } from "../user-facing-error";

/** libpq takes the URL, minus Prisma's own parameters; the password goes through the environment, not `ps`. */
function libpqConnection(url: string) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  parsed.searchParams.delete("schema");
  return { url: parsed.toString(), env: { ...process.env, ...(password && { PGPASSWORD: password }) } };
}

function runTool(file: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) return resolve();
      const detail = stderr.trim().split("\n").slice(-3).join(" ") || `exit code ${code}`;
      reject(new UserFacingError(`${file} failed: ${detail}`));
    });
  });
}

/** A custom-format archive (compressed, restorable table by table); private, as it holds people's records. */
export async function pgDump(tool: string, url: string, file: string) {
  const connection = libpqConnection(url);
  await runTool(tool, ["--format=custom", `--file=${file}`, `--dbname=${connection.url}`], connection.env);
  await chmod(file, 0o600);
}

/** All or nothing: one transaction, stopping at the first error; owners and grants of the source are left out. */
export async function pgRestore(tool: string, url: string, file: string) {
  const connection = libpqConnection(url);
  await runTool(tool, ["--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges", `--dbname=${connection.url}`, file], connection.env);
}
