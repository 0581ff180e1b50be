import { beforeAll, describe, expect, it } from "vitest";
import { csvRecord } from "@/lib/csv/writer";
import { changeIncidentStatus } from "@/lib/data/incidents/change-incident-status";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { db } from "@/lib/db";
import { expectedOnIncident, type Role, STATUS_AFTER, STATUSES, type Status } from "@/lib/test/access-rules";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { importIncidents, type ImportOptions } from "./import-incidents";
import { file } from "./import-test-files";

// The status column of an import makes only the moves the app makes, with the importer's rights
// (expectations from lib/test/access-rules.ts): one step along DRAFT → SUBMITTED → VERIFIED, or to
// ARCHIVED; a new case starts as the form starts it. Anything else is a row problem, never written.
type User = Awaited<ReturnType<typeof createUser>>["sessionUser"];
const users = {} as Record<Role, User>;
const commit: ImportOptions = { fileName: "status.csv", commit: true, allOrNothing: false, createUnknown: false };
const HEADER = "reference,occurred_at,position_text,status";
const row = (reference: string, status: Status) => csvRecord([reference, "2016-10-25T06:30:00Z", "33°15.0'N 012°36.0'E", status]);
// The form saves a draft or submits: a case begins in one of these.
const CREATED: readonly Status[] = ["DRAFT", "SUBMITTED"];

const MOVES: Record<Status, readonly (keyof typeof STATUS_AFTER)[]> = { DRAFT: [], SUBMITTED: ["submit"], VERIFIED: ["verify"], ARCHIVED: ["archive"] };
const isAllowed = (role: Role, from: Status, to: Status) => MOVES[to].some((action) => expectedOnIncident(role, action, "own", from) === "allowed");

beforeAll(async () => {
  const organization = await createOrganization();
  for (const role of ["COORDINATOR", "ADMIN"] as const) users[role] = (await createUser(organization.id, role)).sessionUser;
});

/** An incident of the importers' organization, brought to `status` through the app. */
async function incidentIn(status: Status) {
  const user = users.COORDINATOR;
  const { id, reference } = await createIncident(user, incidentFormValues({ intent: status === "DRAFT" ? "draft" : "submit" }));
  if (status === "VERIFIED") await changeIncidentStatus(user, id, "verify");
  if (status === "ARCHIVED") await changeIncidentStatus(user, id, "archive");
  return { id, reference };
}

describe("status changes by import", () => {
  const moves = (["COORDINATOR", "ADMIN"] as const).flatMap((role) => STATUSES.flatMap((from) => STATUSES.filter((to) => to !== from).map((to) => ({ role, from, to }))));

  for (const { role, from, to } of moves) it(`${role} moves a ${from} case to ${to}: ${isAllowed(role, from, to) ? "moved" : "a row problem"}`, async () => {
    const { id, reference } = await incidentIn(from);
    const before = await db.incident.findUniqueOrThrow({ where: { id } });
    const report = await importIncidents(users[role], file(HEADER, row(reference, to)), commit);
    const after = await db.incident.findUniqueOrThrow({ where: { id } });
    if (isAllowed(role, from, to)) {
      expect(report).toMatchObject({ update: 1, skipped: 0, committed: true });
      expect(after).toMatchObject({ status: to, version: before.version + 1 });
      expect(await db.auditEvent.findFirst({ where: { incidentId: id }, orderBy: { id: "desc" } })).toMatchObject({ changes: { status: { from, to } } });
    } else {
      expect(report).toMatchObject({ update: 0, skipped: 1 });
      // An archived case cannot be changed at all; any other is refused its status only.
      expect(report.problems.filter((p) => p.severity === "error").map((p) => p.column)).toEqual(from === "ARCHIVED" ? ["reference", "status"] : ["status"]);
      expect(after).toEqual(before);
    }
  });

  for (const status of STATUSES) it(`creates a new case as ${status}: ${CREATED.includes(status) ? "created" : "a row problem"}`, async () => {
    const report = await importIncidents(users.COORDINATOR, file(HEADER, row("", status)), commit);
    if (CREATED.includes(status)) expect(report).toMatchObject({ create: 1, skipped: 0 });
    else expect(report).toMatchObject({ create: 0, skipped: 1, problems: [expect.objectContaining({ column: "status", value: status, severity: "error" })] });
  });
});
