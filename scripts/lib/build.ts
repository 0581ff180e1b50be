import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { UserFacingError } from "./user-facing-error";

const SOURCES = ["app", "components", "lib", "i18n", "messages", "generated", "public", "proxy.ts", "instrumentation-client.ts", "next.config.ts", "package-lock.json", "tsconfig.json"];
const BUILD_ID = path.join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

export function isBuildCurrent() {
  if (!existsSync(BUILD_ID)) return false;
  const built = statSync(BUILD_ID).mtimeMs;
  return SOURCES.every((entry) => newestChange(entry) <= built);
}

/** Runs `next build` unless the last build is newer than every source file. */
export function buildIfNeeded() {
  if (isBuildCurrent()) {
    console.log("✓ Build is up to date");
    return;
  }
  console.log("Building the app…");
  const result = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new UserFacingError("The build failed: see the errors above.");
}
