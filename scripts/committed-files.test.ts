import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// No secret is committed: no environment file, local data, backup or key in the repository, and none
// of this checkout's generated secrets inside a committed file. Needs a git checkout.
const isGitCheckout = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { encoding: "utf8" }).stdout.trim() === "true";
const committed = () => execFileSync("git", ["ls-files", "-z"], { encoding: "utf8" }).split("\0").filter(Boolean);

const SECRET_PATHS = [
  /(^|\/)\.env(?!\.example$)(\..*)?$/, /^\.data\//, /^backups\//, /^e2e\/\.auth\//, /(^|\/)(auth-secret|postgres-password)$/,
  /\.(pem|key|p12|pfx|jks|keystore|dump)$/i, /(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/,
];
// Built from parts so that this file does not match itself.
const PRIVATE_KEY = new RegExp(`-{5}BEGIN [A-Z ]*PRIVATE KEY-{5}`);

describe.skipIf(!isGitCheckout)("committed files", () => {
  it("include no environment file, local data, session state, backup or key", () => {
    expect(committed().filter((file) => SECRET_PATHS.some((pattern) => pattern.test(file)))).toEqual([]);
  });

  it("are ignored by git where secrets are written", () => {
    const paths = [".env", ".env.local", ".data/auth-secret", ".data/postgres-password", "backups/rescue-ledger.dump", "e2e/.auth/admin.json"];
    const ignored = execFileSync("git", ["check-ignore", "--no-index", ...paths], { encoding: "utf8" }).trim().split("\n");
    expect(ignored).toEqual(paths);
  });

  it("hold no private key and none of this checkout's generated secrets", () => {
    const secrets = ["auth-secret", "postgres-password"].map((name) => path.join(".data", name)).filter(existsSync).map((file) => readFileSync(file, "utf8").trim());
    const leaking = committed().filter((file) => {
      if (!existsSync(file)) return false;
      const text = readFileSync(file, "latin1");
      return PRIVATE_KEY.test(text) || secrets.some((secret) => text.includes(secret));
    });
    expect(leaking).toEqual([]);
  });
});
