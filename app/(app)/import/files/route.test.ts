import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { createOrganization, createUser } from "@/lib/test/factories";
import { POST } from "./route";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const MB = 1024 * 1024;

/** A body sent in 64 kB chunks without Content-Length, as a script or a proxy may send it. */
function chunked(bytes: Uint8Array) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(sent, (sent += 64 * 1024)));
    },
  });
}

const post = (body: ReadableStream<Uint8Array> | Uint8Array, headers: Record<string, string> = { "x-file-name": "big.csv" }) =>
  POST(new Request("http://localhost/import/files", { method: "POST", body, headers, duplex: "half" } as RequestInit));

beforeAll(async () => {
  process.env.IMPORT_DIR = mkdtempSync(path.join(tmpdir(), "import-files-"));
  session.user = (await createUser((await createOrganization()).id, "COORDINATOR")).sessionUser;
});

describe("POST /import/files", () => {
  it("refuses a streamed file over the limit with 413, keeping no file and no job", async () => {
    const jobs = await db.importJob.count();
    const response = await post(chunked(new Uint8Array(10 * MB + 1).fill(65)));
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/larger than 10 MB/);
    expect(await db.importJob.count()).toBe(jobs);
    expect(existsSync(process.env.IMPORT_DIR!) ? readdirSync(process.env.IMPORT_DIR!) : []).toEqual([]);
  });

  it("answers 202 with the job of a file within the limit, and 400 without the file name header", async () => {
    const response = await post(chunked(new TextEncoder().encode("occurred_at,position_text\n")));
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    expect((await post(new Uint8Array(10), {})).status).toBe(400);
  });
});
