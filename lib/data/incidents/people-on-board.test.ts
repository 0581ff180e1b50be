import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { createIncident } from "./create-incident";
import { getIncident } from "./get-incident";
import { getRevisions } from "./revisions";
import { updateIncident } from "./update-incident";
import { englishText } from "@/lib/i18n/english-text";

/** The English text of the one message a refused change gives. */
const refusal = (change: Promise<unknown>) => change.then(() => "accepted", (error: { issues: { message: string }[] }) => error.issues.map((i) => englishText(i.message)).join(" "));

const people = {
  personsOnBoard: "136", women: "20", men: "90", children: "26", girls: "10", boys: "12", sexAgeUnknown: "0",
  departurePlace: "Sabratha", departedAt: "2016-10-24T23:00:00+02:00",
  nationalities: [{ country: "Eritrea", count: "40" }, { country: "SD", count: "30" }],
};

const stored = (id: string) => Promise.all([
  db.incident.findUniqueOrThrow({ where: { id }, select: { version: true, men: true, nationalities: { select: { country: true, count: true }, orderBy: { country: "asc" } } } }),
  db.auditEvent.count({ where: { incidentId: id } }),
]);

describe("people on board in the data layer", () => {
  let field: SessionUser;
  let partnerUser: SessionUser;
  let outsider: SessionUser;
  let partnerOrganizationId: string;

  beforeAll(async () => {
    const [own, partner, other] = await Promise.all([createOrganization(), createOrganization(), createOrganization()]);
    partnerOrganizationId = partner.id;
    [field, partnerUser, outsider] = await Promise.all([createUser(own.id, "FIELD"), createUser(partner.id, "FIELD"), createUser(other.id, "COORDINATOR")]).then((users) => users.map((u) => u.sessionUser));
  });

  const create = () => createIncident(field, incidentFormValues({ ...people, partners: [{ organizationId: partnerOrganizationId, role: "TRANSFER" }] }));

  it("stores sex and age, departure and nationalities, and audits them readably on create", async () => {
    const { id } = await create();
    const incident = await getIncident(field, id);
    expect(incident).toMatchObject({ women: 20, men: 90, children: 26, girls: 10, boys: 12, sexAgeUnknown: 0, departurePlace: "Sabratha" });
    expect(incident.departedAt?.toISOString()).toBe("2016-10-24T21:00:00.000Z");
    expect(incident.nationalities).toEqual([{ country: "ER", count: 40 }, { country: "SD", count: 30 }]);
    const created = await db.auditEvent.findFirstOrThrow({ where: { incidentId: id, action: "CREATE" } });
    expect(created.changes).toMatchObject({ men: 90, sexAgeUnknown: 0, departedAt: "2016-10-24T21:00:00.000Z", nationalities: ["Eritrea (ER): 40", "Sudan (SD): 30"] });
  });

  it("replaces nationalities on edit, with before and after in one UPDATE event and the revision history", async () => {
    const { id } = await create();
    await updateIncident(field, id, incidentFormValues({
      ...people, version: 1, men: "80", reason: "Counted again at disembarkation",
      nationalities: [{ country: "ER", count: "45" }, { country: "Nigeria", count: "12" }],
      partners: [{ organizationId: partnerOrganizationId, role: "TRANSFER" }],
    }));
    const [incident] = await stored(id);
    expect(incident).toEqual({ version: 2, men: 80, nationalities: [{ country: "ER", count: 45 }, { country: "NG", count: 12 }] });
    const update = await db.auditEvent.findFirstOrThrow({ where: { incidentId: id, action: "UPDATE" } });
    expect(update.changes).toEqual({
      men: { from: 90, to: 80 },
      nationalities: { from: ["Eritrea (ER): 40", "Sudan (SD): 30"], to: ["Eritrea (ER): 45", "Nigeria (NG): 12"] },
    });
    const revisions = await getRevisions(field, id);
    expect(revisions.filter((r) => r.field === "men").map((r) => [r.from, r.to, r.reason])).toEqual([[null, 90, null], [90, 80, "Counted again at disembarkation"]]);
  });

  it("refuses parts above the whole on the server and writes nothing", async () => {
    const { id } = await create();
    const before = await stored(id);
    const over = incidentFormValues({ ...people, version: 1, nationalities: [{ country: "ER", count: "120" }, { country: "SD", count: "17" }] });
    expect(await refusal(updateIncident(field, id, over))).toMatch(/^Nationalities add up to 137, more than the 136 estimated persons on board/);
    expect(await refusal(updateIncident(field, id, { ...over, nationalities: [{ country: "ER", count: "1" }, { country: "er", count: "2" }] }))).toMatch(/^This country is already listed/);
    expect(await refusal(createIncident(field, incidentFormValues({ ...people, men: "200" })))).toMatch(/more than the 136 estimated persons on board/);
    expect(await stored(id)).toEqual(before);
  });

  it("lets a partner read the nationalities and another organization see nothing", async () => {
    const { id } = await create();
    expect((await getIncident(partnerUser, id)).nationalities).toEqual([{ country: "ER", count: 40 }, { country: "SD", count: 30 }]);
    await expect(getIncident(outsider, id)).rejects.toMatchObject({ code: "not-found" });
    await expect(updateIncident(partnerUser, id, incidentFormValues({ ...people, version: 1 }))).rejects.toMatchObject({ code: expect.stringMatching(/forbidden|not-found/) });
    await expect(updateIncident(outsider, id, incidentFormValues({ ...people, version: 1 }))).rejects.toMatchObject({ code: "not-found" });
  });

  it("drops the nationality rows with their incident", async () => {
    const { id } = await create();
    await db.incident.delete({ where: { id } });
    expect(await db.incidentNationality.count({ where: { incidentId: id } })).toBe(0);
  });
});
