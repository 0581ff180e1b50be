import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { exportIncidents } from "@/lib/data/export/export-incidents";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { saveSearchText } from "@/lib/data/saved-filters/search-text";
import { addTimelineEvent } from "@/lib/data/timeline/add-timeline-event";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { createAdmin, createUser, incidentFormValues } from "@/lib/test/factories";
import { eventValues } from "@/lib/test/timeline-factories";
import { eraseMentions } from "./erase-mentions";
import { findMentions } from "./find-mentions";
import { formEncoded } from "./text-match";

// A made-up person's name, unique to the run: letters only, so that each word is one search word.
const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + randomInt(26))).join("");
const personName = () => `Amadou Q${letters(9)}`;

/** How many rows hold the text, as typed or as a query string encodes it, in every text, array and JSON column of every table. */
async function rowsHolding(text: string) {
  const columns = await db.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`;
  const counts: Record<string, number> = {};
  for (const { table, column } of columns) {
    const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE '%' || $1 || '%' OR "${column}"::text ILIKE '%' || $2 || '%'`,
      text, formEncoded(text),
    );
    if (n > 0) counts[`${table}.${column}`] = n;
  }
  return counts;
}

type World = { coordinator: SessionUser; incidentId: string; name: string };

/** A case whose narrative and a timeline note name the person, and an export whose search was that name. */
async function worldNaming(coordinator: SessionUser, name = personName()): Promise<World> {
  const { id: incidentId } = await createIncident(coordinator, incidentFormValues({ narrative: `A man, ${name}, lost his wife; he travels with their baby.`, isPersonalDataAcknowledged: true }));
  await addTimelineEvent(coordinator, incidentId, eventValues(1, { type: "MEDICAL_EVACUATION", note: `${name.toUpperCase()} treated for fuel burns.`, isPersonalDataAcknowledged: true }));
  const search = await saveSearchText(coordinator, name);
  await (await exportIncidents(coordinator, new URLSearchParams(`search=${search}`))).text();
  return { coordinator, incidentId, name };
}

let operator: SessionUser;
let world: World;
beforeAll(async () => {
  operator = (await createAdmin({ isPlatformOperator: true })).sessionUser;
  const { organization } = await createAdmin();
  world = await worldNaming((await createUser(organization.id, "COORDINATOR")).sessionUser);
});

describe("findMentions and eraseMentions", () => {
  it("finds a name in a narrative, a timeline note and an export's search, then erases it from everywhere", async () => {
    const { name, incidentId } = world;
    expect(Object.keys(await rowsHolding(name))).toEqual(expect.arrayContaining(["Incident.narrative", "TimelineEvent.note", "AuditEvent.changes", "SavedFilter.params"]));

    const found = await findMentions(operator, `  ${name.toLowerCase()} `);
    expect(found.case.hits.map((h) => h.field).sort()).toEqual(["narrative", "timelineNote"]);
    expect(found.case.hits[0].excerpt).toContain(name);
    expect(found).toMatchObject({ cases: 1, occurrences: 2, export: { total: 1 }, savedSearch: { total: 1 } });
    expect(found.export.hits[0]).toMatchObject({ action: "EXPORT", field: "changes" });
    // The case's CREATE and the timeline event's CREATE recorded the texts too.
    expect(found.audit.total).toBeGreaterThanOrEqual(2);

    const before = await db.incident.findUniqueOrThrow({ where: { id: incidentId } });
    const result = await eraseMentions(operator, name);
    expect(result).toEqual({ occurrences: 2, cases: 1, auditEvents: found.audit.total, exports: 1, savedSearches: 1 });

    expect(await rowsHolding(name)).toEqual({});
    for (const word of name.toLowerCase().split(" ").slice(1)) expect(await rowsHolding(word)).toEqual({});
    expect(await findMentions(operator, name)).toMatchObject({ cases: 0, case: { total: 0 }, audit: { total: 0 }, export: { total: 0 }, savedSearch: { total: 0 } });

    const after = await db.incident.findUniqueOrThrow({ where: { id: incidentId }, include: { timelineEvents: true } });
    expect(after.narrative).toBe("A man, [erased], lost his wife; he travels with their baby.");
    expect(after.timelineEvents[0].note).toBe("[erased] treated for fuel burns.");
    expect(after.version).toBe(before.version + 1);
    expect(after.source).toBe(before.source);
  });

  it("records the erasure without the text: who, the counts, the cases, and an entry in each case's history", async () => {
    const summary = await db.auditEvent.findFirstOrThrow({ where: { action: "ERASE", entityType: "Erasure", actorId: operator.id }, orderBy: { id: "desc" } });
    expect(summary.changes).toMatchObject({ textLength: world.name.length, cases: 1, exports: 1, incidentIds: [world.incidentId] });
    expect(JSON.stringify([summary.changes, summary.reason])).not.toMatch(new RegExp(world.name.split(" ")[1], "i"));
    const onCase = await db.auditEvent.findFirstOrThrow({ where: { action: "ERASE", incidentId: world.incidentId } });
    expect(onCase).toMatchObject({ entityType: "Incident", changes: { fields: ["narrative", "timelineNote"], occurrences: 2, erasure: summary.id.toString() } });
  });

  it("matches % and _ as themselves", async () => {
    const { organization } = await createAdmin();
    const coordinator = (await createUser(organization.id, "COORDINATOR")).sessionUser;
    const code = letters(6);
    const { id } = await createIncident(coordinator, incidentFormValues({ narrative: `Codes ${code}AB1 and ${code}%_1.` }));
    const found = await findMentions(operator, `${code}%_1`);
    expect(found.case.total).toBe(1);
    expect((await findMentions(operator, `${code}__1`)).case.total).toBe(0);
    await eraseMentions(operator, `${code}%_1`);
    expect((await db.incident.findUniqueOrThrow({ where: { id } })).narrative).toBe(`Codes ${code}AB1 and [erased].`);
  });

  it("refuses the text's bounds with the schema's messages", async () => {
    await expect(findMentions(operator, "ab ")).rejects.toMatchObject({ issues: [expect.objectContaining({ message: expect.stringContaining("validation.erasure.textTooShort") })] });
    await expect(eraseMentions(operator, "x".repeat(201))).rejects.toMatchObject({ issues: [expect.objectContaining({ message: expect.stringContaining("validation.erasure.textTooLong") })] });
  });
});

describe("who may find and erase", () => {
  it("refuses field users and coordinators in the data layer, and changes nothing", async () => {
    const { organization } = await createAdmin();
    const coordinator = (await createUser(organization.id, "COORDINATOR")).sessionUser;
    const field = (await createUser(organization.id, "FIELD")).sessionUser;
    const { name } = await worldNaming(coordinator);
    const before = await rowsHolding(name);
    for (const user of [coordinator, field]) {
      await expect(findMentions(user, name)).rejects.toMatchObject({ code: "forbidden" });
      await expect(eraseMentions(user, name)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await rowsHolding(name)).toEqual(before);
  });

  it("keeps an organization's administrator to their own organization's cases, audit trail and members", async () => {
    const own = await createAdmin();
    const other = await createAdmin();
    const name = personName();
    const ours = await worldNaming((await createUser(own.organization.id, "COORDINATOR")).sessionUser, name);
    const theirs = await worldNaming((await createUser(other.organization.id, "COORDINATOR")).sessionUser, name);
    const found = await findMentions(own.sessionUser, name);
    expect(found).toMatchObject({ cases: 1, export: { total: 1 }, savedSearch: { total: 1 } });
    await eraseMentions(own.sessionUser, name);
    expect((await db.incident.findUniqueOrThrow({ where: { id: ours.incidentId } })).narrative).not.toContain(name);
    expect((await db.incident.findUniqueOrThrow({ where: { id: theirs.incidentId } })).narrative).toContain(name);
    expect(await findMentions(operator, name)).toMatchObject({ cases: 1, export: { total: 1 }, savedSearch: { total: 1 } });
  });
});
