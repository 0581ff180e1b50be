import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const LOCAL_DATA_DIR = path.resolve(".data");

/** A random secret made on first use and kept under .data/ (mode 700, the file 600), so restarts keep sessions and data. */
export function localSecret(name: string): string {
  const file = path.join(LOCAL_DATA_DIR, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(LOCAL_DATA_DIR, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
