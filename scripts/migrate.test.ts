import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServer, type TestServer } from "@/lib/test/postgres-server";

const TSX = path.resolve("node_modules/.bin/tsx");
let server: TestServer;

// The engine's timers would keep a process alive ~10 s: a command with nothing to do must exit by itself,
// well before it is killed. Applying every migration may take longer on a loaded machine.
function migrate(databaseUrl: string, ...args: string[]) {
  return run(databaseUrl, 8_000, args);
}

function run(databaseUrl: string, timeout: number, args: string[]) {
  const options = { env: { ...process.env, DATABASE_URL: databaseUrl, DEBUG: "" }, timeout, killSignal: "SIGKILL" as const };
  return promisify(execFile)(TSX, ["scripts/migrate.ts", ...args], options).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

beforeAll(async () => {
  server = await testServer();
});

afterAll(async () => {
  await server?.stop();
});

describe("scripts/migrate.ts", () => {
  it("deploys, then says the database is up to date and exits at once", { timeout: 150_000 }, async () => {
    const url = await server.createDatabase("cli");

    expect(await run(url, 120_000, ["deploy"])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Applied \d{14}_init\n(Applied \d{14}_\w+\n)*$/), stderr: "" });
    expect(await migrate(url, "status")).toMatchObject({ code: 0, stdout: "Database is up to date\n" });
  });

  it("prints one sentence and exits 1 when it fails", async () => {
    const url = new URL(await server.createDatabase("cli_fail"));
    url.password = "wrong";

    const { code, stderr } = await migrate(url.toString(), "deploy");

    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Authentication failed/)]);
  });
});
