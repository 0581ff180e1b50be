import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSessionUser } from "@/lib/data/users";
import { REFERENCE_CASE } from "@/prisma/seed/reference-case";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { createIncident } from "./create-incident";
import { getRevisions } from "./revisions";
import { updateIncident } from "./update-incident";

async function msfField() {
  const { id } = await db.user.findUniqueOrThrow({ where: { email: "field@msf.example" } });
  return (await getSessionUser(id, 0))!;
}

describe("getRevisions", () => {
  it("shows the reference case's death toll revised from 11 to 29 on closer examination", async () => {
    const user = await msfField();
    const { id } = await db.incident.findUniqueOrThrow({ where: { reference: REFERENCE_CASE.rescue } });
    const dead = (await getRevisions(user, id)).filter((r) => r.field === "dead");
    expect(dead).toEqual([
      { field: "dead", from: null, to: 11, reason: null, actorName: "Amina Diallo", at: new Date("2016-10-25T11:20:00Z") },
      { field: "dead", from: 11, to: 29, reason: "On closer examination", actorName: "Amina Diallo", at: new Date("2016-10-25T16:05:00Z") },
    ]);
  });

  it("follows each figure through edits, oldest first", async () => {
    const organization = await createOrganization();
    const { sessionUser: user } = await createUser(organization.id);
    const { id } = await createIncident(user, incidentFormValues({ personsOnBoard: "140", dead: "11", missing: "" }));
    await updateIncident(user, id, incidentFormValues({ version: 1, personsOnBoard: "140", dead: "29", missing: "", reason: "On closer examination" }));
    await updateIncident(user, id, incidentFormValues({ version: 2, personsOnBoard: "140", dead: "29", missing: "4", narrative: "Four people missing." }));
    const revisions = await getRevisions(user, id);
    expect(revisions.map(({ field, from, to, reason }) => [field, from, to, reason])).toEqual([
      ["personsOnBoard", null, 140, null], ["rescued", null, 107, null], ["dead", null, 11, null],
      ["dead", 11, 29, "On closer examination"],
      ["missing", null, 4, null],
    ]);
    expect(revisions.every((r) => r.actorName === "Test User")).toBe(true);
  });

  it("is not found for another organization", async () => {
    const organization = await createOrganization();
    const { sessionUser } = await createUser(organization.id);
    const { id } = await db.incident.findUniqueOrThrow({ where: { reference: REFERENCE_CASE.rescue } });
    await expect(getRevisions(sessionUser, id)).rejects.toMatchObject({ code: "not-found" });
  });
});
