import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SESSION_LIMIT_SECONDS } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { createOrganization, createUser } from "@/lib/test/factories";
import { revokeSession } from "./sessions";
import { getSessionUser } from "./users";

async function signedIn() {
  const { user } = await createUser((await createOrganization()).id, "COORDINATOR");
  const signedInAt = Math.floor(Date.now() / 1000);
  return { user, token: { sub: user.id, tokenVersion: 0, sid: randomUUID(), signedInAt } };
}

describe("revokeSession", () => {
  it("ends the signed-out session only: the user's other sessions and tokens from before session ids go on", async () => {
    const { user, token } = await signedIn();
    const otherDevice = randomUUID();
    await revokeSession(token);
    expect(await getSessionUser(user.id, 0, token.sid)).toBeNull();
    expect(await getSessionUser(user.id, 0, otherDevice)).toMatchObject({ id: user.id });
    expect(await getSessionUser(user.id, 0)).toMatchObject({ id: user.id });
  });

  it("keeps the revocation until the session could no longer be valid, and accepts a second sign-out of it", async () => {
    const { token } = await signedIn();
    await revokeSession(token);
    await revokeSession(token);
    const row = await db.revokedSession.findUniqueOrThrow({ where: { sessionId: token.sid } });
    expect(row.expiresAt.getTime()).toBe((token.signedInAt + SESSION_LIMIT_SECONDS) * 1000);
  });

  it("deletes revocations past their expiry as it records a new one", async () => {
    const { user, token } = await signedIn();
    const expired = await db.revokedSession.create({ data: { sessionId: randomUUID(), userId: user.id, expiresAt: new Date(Date.now() - 1000) } });
    await revokeSession(token);
    expect(await db.revokedSession.findUnique({ where: { sessionId: expired.sessionId } })).toBeNull();
  });

  it("records nothing for a token from before session ids", async () => {
    const { user } = await signedIn();
    await revokeSession({ sub: user.id, tokenVersion: 0 });
    expect(await db.revokedSession.count({ where: { userId: user.id } })).toBe(0);
  });
});
