import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveSearchText } from "@/lib/data/saved-filters/search-text";
import type { SessionUser } from "@/lib/data/users";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createIncident, createOrganization, createUser, createVessel } from "@/lib/test/factories";
import { findIncidents } from "./find-incidents";

// Letters only (a word with a digit is left out of the months a search spans), unique to this run.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
const word = (name: string) => `${name}${tag}`;

async function search(user: SessionUser, text: string, sort: "relevance" | "newest" | "oldest" = "newest") {
  const id = await saveSearchText(user, text);
  const result = await findIncidents(user, parseIncidentFilters({ status: ["SUBMITTED", "VERIFIED"], sort, search: id }));
  return result.rows.map((r) => r.reference);
}

describe("the months a search spans (SearchWordMonth)", () => {
  let user: SessionUser;
  const ref: Record<string, { id: string; reference: string }> = {};

  beforeAll(async () => {
    const organization = await createOrganization();
    user = (await createUser(organization.id, "COORDINATOR")).sessionUser;
    const vessel = await createVessel(organization.id, { name: `Ship ${word("argos")}` });
    const make = async (name: string, data: Parameters<typeof createIncident>[1]) =>
      (ref[name] = await createIncident(organization.id, { status: "VERIFIED", ...data }));
    await make("narrative", { narrative: `Wooden boat from ${word("zuwara")}.`, occurredAt: new Date("2015-03-31T23:30:00Z") });
    await make("vessel", { vesselId: vessel.id, occurredAt: new Date("2016-07-01T00:10:00Z") });
    await make("both", { vesselId: vessel.id, narrative: `Left ${word("zuwara")} at night.`, occurredAt: new Date("2014-01-15T12:00:00Z") });
    await make("reference", { reference: `${word("REF").toUpperCase()}-2016-0001`, occurredAt: new Date("2013-06-01T12:00:00Z") });
  });

  it("finds every case a word or words are in, at the edges of the months too", async () => {
    expect(await search(user, word("zuwara"))).toEqual([ref.narrative.reference, ref.both.reference]);
    expect(await search(user, word("argos"), "oldest")).toEqual([ref.both.reference, ref.vessel.reference]);
    expect(await search(user, `${word("argos")} ${word("zuwara")}`, "relevance")).toEqual([ref.both.reference]);
  });

  it("finds a word that is part of a word with digits (a reference)", async () => {
    expect(await search(user, word("ref"))).toEqual([ref.reference.reference]);
    expect(await search(user, `${word("ref")}-2016`)).toEqual([ref.reference.reference]);
  });

  it("follows edits: a case moved to another month, a word added", async () => {
    await db.incident.update({ where: { id: ref.narrative.id }, data: { occurredAt: new Date("2019-05-01T00:00:00Z") } });
    expect(await search(user, word("zuwara"))).toEqual([ref.narrative.reference, ref.both.reference]);
    await db.incident.update({ where: { id: ref.vessel.id }, data: { narrative: `Then ${word("lampedusa")}.` } });
    expect(await search(user, word("lampedusa"))).toEqual([ref.vessel.reference]);
    const months = await db.searchWordMonth.findMany({ where: { word: { contains: tag } }, orderBy: [{ word: "asc" }, { month: "asc" }] });
    expect(months.map((m) => `${m.word} ${m.month.toISOString().slice(0, 7)}`)).toEqual([
      `${word("argos")} 2014-01`, `${word("argos")} 2016-07`, `${word("lampedusa")}. 2016-07`, `${word("ref")}- 2013-06`,
      `${word("zuwara")} 2014-01`, `${word("zuwara")}. 2015-03`, `${word("zuwara")}. 2019-05`, // March stays: only ever added to
    ]);
  });
});
