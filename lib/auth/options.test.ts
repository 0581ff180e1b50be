import { randomUUID } from "node:crypto";
import fc from "fast-check";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { revokeSession } from "@/lib/data/sessions";
import { createOrganization, createUser } from "@/lib/test/factories";
import { authOptions } from "./options";

const { jwt, redirect } = authOptions.callbacks as Required<NonNullable<typeof authOptions.callbacks>>;
const BASE_URL = "http://localhost:3000";

describe("next-auth's redirect callback", () => {
  it.each([
    ["/incidents/42?tab=figures", `${BASE_URL}/incidents/42?tab=figures`], ["/sign-in", `${BASE_URL}/sign-in`], [`${BASE_URL}/audit#top`, `${BASE_URL}/audit#top`],
    ["/.//evil.example/phish", `${BASE_URL}/incidents`], [`${BASE_URL}/..//evil.example`, `${BASE_URL}/incidents`], ["https://evil.example/", `${BASE_URL}/incidents`],
  ])("sends %j to %j", async (url, expected) => {
    expect(await redirect({ url, baseUrl: BASE_URL })).toBe(expected);
  });

  it("sends any URL to a path on this site that the browser reads as one (property)", async () => {
    const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.webPath(), fc.string({ unit: "binary" }),
      fc.array(fc.constantFrom("/", "\\", ".", "..", "%2e", "\t", "evil.example", "@", ":", BASE_URL), { maxLength: 10 }).map((parts) => parts.join("")));
    await fc.assert(fc.asyncProperty(url, async (value) => {
      const target = await redirect({ url: value, baseUrl: BASE_URL });
      expect(new URL(target).origin).toBe(BASE_URL);
      expect(target.slice(BASE_URL.length)).toMatch(/^\/(?![/\\])/);
    }), { numRuns: 5_000 });
  });
});

describe("next-auth's jwt callback, behind its session endpoint", () => {
  async function session() {
    const { user } = await createUser((await createOrganization()).id, "COORDINATOR");
    const token: JWT = { sub: user.id, name: user.name, email: user.email, tokenVersion: 0, sid: randomUUID(), signedInAt: Math.floor(Date.now() / 1000) };
    return { user, token };
  }
  const read = (token: JWT) => jwt({ token } as Parameters<typeof jwt>[0]);

  it("keeps a token the pages accept", async () => {
    const { token } = await session();
    expect(await read(token)).toEqual(token);
  });

  it("refuses a token after sign-out, a role change or deactivation, as the pages do", async () => {
    const [signedOut, roleChanged, deactivated] = [await session(), await session(), await session()];
    await revokeSession(signedOut.token);
    await db.user.update({ where: { id: roleChanged.user.id }, data: { role: "FIELD", tokenVersion: { increment: 1 } } });
    await db.user.update({ where: { id: deactivated.user.id }, data: { isActive: false } });
    for (const { token } of [signedOut, roleChanged, deactivated]) await expect(read(token)).rejects.toThrow(/^Session refused/);
    await expect(read({ name: "No one" })).rejects.toThrow(/^Session refused/);
  });
});
