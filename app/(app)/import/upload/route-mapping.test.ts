import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ImportReport } from "@/lib/csv/import-report";
import type { SessionUser } from "@/lib/data/users";
import { createOrganization, createUser } from "@/lib/test/factories";
import { POST } from "./route";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const FILE = new TextEncoder().encode("Fecha,Muertos,Posición\r\n2016-10-25,4,\"33.2, 12.6\"\r\n");

function post(mapping?: string) {
  const headers: Record<string, string> = { "x-file-name": "fecha.csv", ...(mapping === undefined ? {} : { "x-import-mapping": mapping }) };
  return POST(new Request("http://localhost/import/upload?commit=0", { method: "POST", body: FILE, headers }));
}
const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");

describe("POST /import/upload with a column mapping", () => {
  beforeAll(async () => {
    session.user = (await createUser((await createOrganization()).id, "COORDINATOR")).sessionUser;
  });

  it("answers an unknown header with a mapping to confirm, then reads the file through the mapping sent in X-Import-Mapping", async () => {
    const offered = (await (await post()).json()) as { ok: true; data: ImportReport };
    const mapping = offered.data.mappingOffer!.proposal;
    expect(mapping.columns.map((c) => c.field)).toEqual(["occurred_at", "dead", "position_text"]);
    const response = await post(base64(mapping));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, data: { layout: "mapped", rowsRead: 1, create: 1 } });
  });

  it("refuses a mapping header it cannot read, and a mapping its schema refuses, before reading the file", async () => {
    const unreadable = await post("not base64 JSON");
    expect(unreadable.status).toBe(400);
    expect(await unreadable.text()).toBe("The column mapping sent with the file could not be read: check the file again.");
    const refused = await post(base64({ columns: [{ header: "Fecha", field: "dead" }], values: {}, dateOrder: null, timeZone: "UTC", decimal: "point" }));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ ok: false, code: "invalid", message: "Nothing was imported: the column mapping cannot be used. This mapping is for other columns than the file's: check the file again." });
  });
});
