import fc from "fast-check";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrganization, createUser } from "@/lib/test/factories";
import { extraFields, hostileValue, nastyText, notText, textLongerThan } from "@/lib/test/hostile-input";
import { everyRow, useOwnDatabase } from "@/lib/test/own-database";
import { authOptions } from "./options";

const RUNS = 1_000;
// Well-formed credentials cost an argon2 verification (≈ 6 ms, 19 MiB) each, known email or not: fewer runs.
const HASHING_RUNS = 20;

// next-auth keeps the function the app gives CredentialsProvider in the provider's options.
const { authorize } = (authOptions.providers[0] as unknown as { options: CredentialsConfig }).options;
const signIn = (credentials: unknown) => authorize(credentials as Record<string, string>, {} as never);

const notAnEmail = fc.oneof(
  nastyText.filter((text) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text.trim())), notText, fc.constant(null),
  fc.constantFrom("admin", "admin@", "@ngo.example", "admin@ngo", "' OR 1=1 --@ngo.example", "<script>@ngo.example", "admin@ngo.example\u0000"),
  fc.integer({ min: 250, max: 5_000 }).map((length) => `admin@${"a".repeat(length)}.example`),
);
const notAPassword = fc.oneof(fc.constant(""), textLongerThan(200), notText, fc.constant(null));

describe("sign-in (the credentials provider's authorize) against hostile input (property, real database)", () => {
  let dropDatabase: () => Promise<void>;
  let target: Awaited<ReturnType<typeof createUser>>;
  let other: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase("sign_in_property");
    const organizationId = (await createOrganization()).id;
    target = await createUser(organizationId, "ADMIN");
    other = await createUser(organizationId, "FIELD");
  });
  afterAll(() => dropDatabase());

  it(`refuse ${RUNS.toLocaleString("en")} malformed credentials with the "invalid" code, without looking anyone up or writing anything`, async () => {
    const before = await everyRow();
    const malformed = fc.oneof(
      hostileValue,
      fc.record({ email: notAnEmail, password: fc.oneof(nastyText, fc.constant(target.password)) }),
      fc.record({ email: fc.constantFrom(target.user.email, ` ${target.user.email.toUpperCase()} `), password: notAPassword }),
      fc.tuple(extraFields, notAnEmail, notAPassword).map(([extra, email, password]) => ({ ...extra, email, password })),
    );
    await fc.assert(fc.asyncProperty(malformed, async (credentials) => {
      await expect(signIn(credentials)).rejects.toThrow(/^invalid$/);
    }), { numRuns: RUNS });
    expect(await everyRow()).toEqual(before);
  });

  it("refuse well-formed emails with hostile passwords, writing only failure counts and failed-sign-in events", async () => {
    const [users, events] = [await db.user.findMany({ orderBy: { id: "asc" } }), await db.auditEvent.count()];
    const email = fc.oneof(fc.constantFrom(target.user.email, ` ${target.user.email.toUpperCase()}\t`), fc.stringMatching(/^[a-z0-9]{1,20}$/).map((local) => `${local}@ngo.example`));
    const password = fc.oneof(nastyText.filter((text) => text !== "" && text.length <= 200), fc.constant(`${target.password} `), fc.constant(target.password.toUpperCase()));
    await fc.assert(fc.asyncProperty(email, password, async (anEmail, aPassword) => {
      await expect(signIn({ email: anEmail, password: aPassword, csrfToken: "x", callbackUrl: "javascript:alert(1)" })).rejects.toThrow(/^(invalid|locked)$/);
    }), { numRuns: HASHING_RUNS });
    const after = await db.user.findMany({ orderBy: { id: "asc" } });
    const withoutFailureCounts = (user: (typeof users)[number]) => ({ ...user, failedLoginCount: 0, lockedUntil: null, updatedAt: null });
    expect(after.map(withoutFailureCounts)).toEqual(users.map(withoutFailureCounts));
    const written = await db.auditEvent.findMany({ orderBy: { id: "asc" }, skip: events });
    expect(written).toHaveLength(HASHING_RUNS);
    for (const event of written) expect(["SIGN_IN_FAILED", "LOCK"]).toContain(event.action);
  });

  it("sign in with the right password whatever the email's case and surrounding spaces", async () => {
    const email = fc.tuple(fc.constantFrom("", " ", "\t"), fc.boolean()).map(([space, isUpper]) => `${space}${isUpper ? other.user.email.toUpperCase() : other.user.email}${space}`);
    await fc.assert(fc.asyncProperty(email, async (anEmail) => {
      expect(await signIn({ email: anEmail, password: other.password })).toMatchObject({ id: other.user.id, email: other.user.email });
    }), { numRuns: 10 });
    expect(await db.auditEvent.count({ where: { actorId: other.user.id, action: "SIGN_IN" } })).toBe(10);
  });
});
