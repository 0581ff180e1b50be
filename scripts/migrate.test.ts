import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServer, type TestServer } from "@/lib/test/postgres-server";

const TSX = path.resolve("node_modules/.bin/tsx");
let server: TestServer;

function migrate(databaseUrl: string, ...args: string[]) {
  return promisify(execFile)(TSX, ["scripts/migrate.ts", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, DEBUG: "" } }).then(
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
  it("deploys, then says the database is up to date and exits at once", async () => {
    const url = await server.createDatabase("cli");

    expect(await migrate(url, "deploy")).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Applied \d{14}_init\n$/), stderr: "" });
    const started = Date.now();
    expect(await migrate(url, "status")).toMatchObject({ code: 0, stdout: "Database is up to date\n" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("prints one sentence and exits 1 when it fails", async () => {
    const url = new URL(await server.createDatabase("cli_fail"));
    url.password = "wrong";

    const { code, stderr } = await migrate(url.toString(), "deploy");

    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Authentication failed/)]);
  });
});
