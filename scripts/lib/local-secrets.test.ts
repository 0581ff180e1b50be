import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The generated secrets are readable by their owner only, whatever the umask of the shell that ran
// `npm start` first. Run in a child process: the module resolves .data/ from its working directory.
const TSX = path.resolve("node_modules/.bin/tsx");
const MODULE = path.resolve("scripts/lib/local-secrets.ts");
const folder = mkdtempSync(path.join(tmpdir(), "local-secrets-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function localSecretIn(cwd: string, name: string) {
  const script = `process.stdout.write(require(${JSON.stringify(MODULE)}).localSecret(${JSON.stringify(name)}))`;
  const result = spawnSync("sh", ["-c", `umask 000 && exec "${TSX}" -e '${script}'`], { cwd, encoding: "utf8" });
  expect(result.stderr).toBe("");
  return result.stdout;
}

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe("localSecret", () => {
  it("writes a new secret with mode 600 into a new .data/ of mode 700 even under umask 000, and reads the same one back", () => {
    const secret = localSecretIn(folder, "auth-secret");
    const file = path.join(folder, ".data", "auth-secret");
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(modeOf(path.join(folder, ".data"))).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);
    expect(readFileSync(file, "utf8").trim()).toBe(secret);
    expect(localSecretIn(folder, "auth-secret")).toBe(secret);
  });

  for (const name of ["auth-secret", "postgres-password"]) {
    const file = path.resolve(".data", name);
    it.skipIf(!existsSync(file))(`left .data/${name} of this checkout with mode 600 (skipped until npm start made it)`, () => {
      expect(modeOf(file)).toBe(0o600);
    });
  }
});
