import { randomUUID } from "node:crypto";
import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";
import it from "i18n-iso-countries/langs/it.json";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { saveSearchText } from "@/lib/data/saved-filters/search-text";
import type { SessionUser } from "@/lib/data/users";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { findIncidents } from "./find-incidents";

const LANGUAGES = [en, it, fr, de, ar];
for (const language of LANGUAGES) countries.registerLocale(language);

// A word unique to this run, so that other test files' cases (with the same countries) never match.
const tag = `n${randomUUID().slice(0, 6)}`;

async function search(user: SessionUser, text: string) {
  const id = await saveSearchText(user, text);
  const result = await findIncidents(user, parseIncidentFilters({ status: ["DRAFT", "SUBMITTED", "VERIFIED"], search: id }));
  return result.rows.map((r) => r.reference);
}

test("the search document names each country as i18n-iso-countries does, in every language of the interface", async () => {
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  const rows = await db.$queryRaw<{ code: string; names: string | null }[]>`
    SELECT code, country_search_names(code) AS names FROM unnest(${codes}::text[]) AS code ORDER BY code`;
  const expected = codes.map((code) => ({
    code,
    names: [...new Set(LANGUAGES.flatMap(({ locale }) => countries.getNames(locale, { select: "all" })[code] ?? []))].join(" "),
  }));
  expect(rows).toEqual(expected);
});

describe("searching by the people on board", () => {
  let coordinator: SessionUser;
  let reference: string;
  let incidentId: string;

  beforeAll(async () => {
    const own = await createOrganization();
    coordinator = (await createUser(own.id, "COORDINATOR")).sessionUser;
    const incident = await createIncident(own.id, { status: "VERIFIED", departurePlace: `Zuwara ${tag}` });
    [reference, incidentId] = [incident.reference, incident.id];
    await db.incidentNationality.createMany({ data: [{ incidentId, country: "CI", count: 30 }, { incidentId, country: "ER", count: 12 }] });
  });

  test("finds a case by a nationality, named in any language, and by its departure place", async () => {
    for (const name of ["Ivory Coast", "Costa d'Avorio", "Elfenbeinküste", "ساحل العاج", "érythrée"]) {
      expect(await search(coordinator, `${name} ${tag}`), name).toEqual([reference]);
    }
    expect(await search(coordinator, `zuwara ${tag}`)).toEqual([reference]);
    expect(await search(coordinator, `Sudan ${tag}`)).toEqual([]);
  });

  test("follows the nationalities as they change", async () => {
    await db.incidentNationality.deleteMany({ where: { incidentId, country: "ER" } });
    expect(await search(coordinator, `Eritrea ${tag}`)).toEqual([]);
    await db.incidentNationality.update({ where: { incidentId_country: { incidentId, country: "CI" } }, data: { country: "SD" } });
    expect(await search(coordinator, `Sudan ${tag}`)).toEqual([reference]);
    expect(await search(coordinator, `Ivory ${tag}`)).toEqual([]);
  });
});
