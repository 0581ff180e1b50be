import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInState } from "./access-world";
import { callAction, postAction } from "./server-actions";
import { createMember, PASSWORD, withDb } from "./security-world";

// A user signed in with a one-time password may only choose a new one: every other way in refuses them.
// The current password on that form is guessed no more often than on the sign-in form.
const NEW_PASSWORD = "a password only I know now";
const INCIDENT = {
  occurredAt: "2016-10-25T08:30:00+02:00", position: "33°15.0'N 012°36.0'E", region: "Mediterranean", route: "Central Mediterranean",
  vesselId: "", boatType: "INFLATABLE", boatConditions: [], personsOnBoard: "", rescued: "107", dead: "29", missing: "0", causesOfDeath: [],
  children: "", unaccompaniedMinors: "", women: "", pregnantWomen: "", infants: "", injuries: [], evacuations: [], partners: [],
  coordinatingAuthority: "", disembarkationPort: "", seaState: "", narrative: "", source: "Must change password", sourceQuality: "", intent: "draft", reason: "",
};
const writes = (organizationId: string) => withDb(async (db) => (await db.query(
  `SELECT (SELECT count(*)::int FROM "Incident" WHERE "organizationId" = $1) AS incidents, (SELECT count(*)::int FROM "Vessel" WHERE "organizationId" = $1) AS vessels,
     (SELECT count(*)::int FROM "AuditEvent" WHERE "organizationId" = $1) AS events`, [organizationId])).rows[0]);

test("a user who must change their password is refused by every page, server action and route handler but the password change", async ({ playwright, baseURL }) => {
  const admin = await withDb(async (db) => {
    const member = await createMember(db, "ADMIN");
    await db.query(`UPDATE "User" SET "mustChangePassword" = true WHERE id = $1`, [member.id]);
    return member;
  });
  const request = await playwright.request.newContext({ baseURL, storageState: await signInState(playwright.request, baseURL!, admin.email, PASSWORD) });
  const before = await writes(admin.organizationId);

  const page = await request.get("/incidents", { maxRedirects: 0 });
  expect(page.headers().location).toMatch(/^\/account\/password$|\/account\/password$/);
  const created = await callAction(request, baseURL!, "incidents", "createIncidentAction", [INCIDENT], randomUUID());
  expect(created.ok).toBe(false);
  const vessel = await postAction(request, baseURL!, "vessels", "createVesselAction", [{ name: "Must Change", kind: "RHIB", flagState: "", imo: "", mmsi: "", callSign: "" }], randomUUID());
  expect(await vessel.text()).not.toMatch(/"ok":true/);
  const exported = await request.get("/api/incidents/export");
  expect(exported.status()).toBe(401);
  const csv = "occurred_at,position_text,rescued,narrative\n2016-10-25T08:00:00Z,\"33.3, 12.7\",5,Must change password\n";
  const imported = await request.post("/import/upload?commit=1", { headers: { "X-File-Name": "must-change.csv", "Content-Type": "text/csv" }, data: csv });
  expect(imported.status()).toBe(401);
  expect(await writes(admin.organizationId)).toEqual(before);

  const changed = await callAction(request, baseURL!, "account", "changePasswordAction", [{ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }], randomUUID());
  expect(changed).toMatchObject({ ok: true });
  await request.dispose();
});

test("wrong current passwords on the password change count like wrong sign-ins: a burst of 20 gets four checks, then the account is locked", async ({ playwright, baseURL }) => {
  const member = await withDb((db) => createMember(db));
  const request = await playwright.request.newContext({ baseURL, storageState: await signInState(playwright.request, baseURL!, member.email, PASSWORD) });
  const change = (currentPassword: string) =>
    callAction(request, baseURL!, "account", "changePasswordAction", [{ currentPassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }], randomUUID());

  const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => change(`wrong password ${i}`)));
  const messages = burst.map((result) => (result.ok ? "changed" : result.message!.split(":")[0]));
  expect(messages.filter((m) => m === "The current password is wrong.")).toHaveLength(4);
  expect(messages.filter((m) => m === "Too many wrong passwords")).toHaveLength(16);
  expect((await change(PASSWORD)).message).toMatch(/^Too many wrong passwords/);

  const signIn = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await signIn.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await signIn.post("/api/auth/callback/credentials", { form: { csrfToken, email: member.email, password: PASSWORD, json: "true" }, maxRedirects: 0 });
  expect(new URL(((await answer.json()) as { url: string }).url).searchParams.get("error")).toBe("locked");
  await Promise.all([request.dispose(), signIn.dispose()]);
});
