import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import packageJson from "@/package.json";
import { db } from "@/lib/db";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/lib/test/throwaway-postgres";
import { GET } from "./route";

// Outside Next there is no request scope for connection() to check; what it prevents (prerendering)
// only happens in a build.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<object>()), connection: async () => {} }));

async function health() {
  const started = performance.now();
  const response = await GET();
  return { status: response.status, body: await response.text(), cache: response.headers.get("Cache-Control"), ms: performance.now() - started };
}

const OK = { status: "ok", database: "ok", version: packageJson.version };
const DEGRADED = { status: "degraded", database: "unreachable", version: packageJson.version };

// Its own server, so that stopping and freezing it disturbs no other test.
describe("GET /api/health", () => {
  let server: ThrowawayPostgres;
  const testUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    server = await startThrowawayPostgres();
    process.env.DATABASE_URL = server.url;
  });

  afterAll(async () => {
    await db.$disconnect();
    await server?.destroy();
    process.env.DATABASE_URL = testUrl;
  });

  it("answers 200 with the app's version, never cached, and names no host, port or password", async () => {
    const { status, body, cache } = await health();
    expect(status).toBe(200);
    expect(JSON.parse(body)).toEqual(OK);
    expect(cache).toBe("no-store");
    const { hostname, port, password } = new URL(server.url);
    for (const secret of [hostname, port, password]) expect(body).not.toContain(secret);
  });

  it("answers 503 at once while the database is stopped, and 200 again once it is back, with the same pool", async () => {
    const pool = (globalThis as { db?: unknown }).db;
    expect(pool).toBeDefined();
    await server.stop();
    const down = await health();
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toEqual(DEGRADED);
    expect(down.ms).toBeLessThan(2_000);
    await server.start();
    expect(JSON.parse((await health()).body)).toEqual(OK);
    expect((globalThis as { db?: unknown }).db).toBe(pool);
  });

  it("gives up after about 2 s when the database hangs, and recovers when it resumes", async () => {
    await server.freeze();
    try {
      const hung = await health();
      expect(hung.status).toBe(503);
      expect(JSON.parse(hung.body)).toEqual(DEGRADED);
      expect(hung.ms).toBeGreaterThanOrEqual(1_900);
      expect(hung.ms).toBeLessThan(3_000);
    } finally {
      await server.thaw();
    }
    expect((await health()).status).toBe(200);
  });
});
