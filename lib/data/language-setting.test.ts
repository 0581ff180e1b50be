import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrganization, createUser } from "@/lib/test/factories";
import { setOwnLanguageSetting } from "./language-setting";
import { getSessionUser } from "./users";

describe("setOwnLanguageSetting", () => {
  it("stores the user's language and zone, which their next request reads, with an audit event of what changed", async () => {
    const { user, sessionUser } = await createUser((await createOrganization()).id);
    await setOwnLanguageSetting(sessionUser, { locale: "ar", timeZone: "Africa/Tripoli" });
    expect(await getSessionUser(user.id, 0)).toMatchObject({ locale: "ar", timeZone: "Africa/Tripoli" });
    await setOwnLanguageSetting(sessionUser, { locale: "ar", timeZone: null });

    const events = await db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.changes])).toEqual([
      ["UPDATE", user.id, { locale: { from: null, to: "ar" }, timeZone: { from: null, to: "Africa/Tripoli" } }],
      ["UPDATE", user.id, { timeZone: { from: "Africa/Tripoli", to: null } }],
    ]);
  });

  it("writes nothing when nothing changes", async () => {
    const { user, sessionUser } = await createUser((await createOrganization()).id);
    await setOwnLanguageSetting(sessionUser, { locale: null, timeZone: null });
    expect(await db.auditEvent.count({ where: { entityId: user.id } })).toBe(0);
  });
});
