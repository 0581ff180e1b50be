import { describe, expect, it } from "vitest";
import { englishText } from "@/lib/i18n/english-text";
import { IOM_INCIDENT_DATASET } from "./columns";
import { iomCountryCode, readCountriesOfOrigin } from "./iom-countries";
import { mapIomRow } from "./iom-row";
import { mapLedgerRow } from "./ledger-row";
import { readDecimalPair, readIomDateTime } from "./values";

const failure = (result: { ok: boolean; message?: string }) => (result.ok ? "read" : englishText(result.message!));

describe("today's IOM dates", () => {
  it("reads month first, in UTC, keeping the time", () => {
    expect(readIomDateTime("Thu, 01/01/2026 - 12:00")).toEqual({ ok: true, value: new Date("2026-01-01T12:00:00Z"), note: undefined });
    expect(readIomDateTime("Sat, 07/20/2019 - 08:30")).toMatchObject({ value: new Date("2019-07-20T08:30:00Z") });
    expect(readIomDateTime("")).toMatchObject({ ok: true, value: null });
  });

  it("refuses a weekday the date does not fall on, a day-first date and times that do not exist", () => {
    // 2 January 2026 was a Friday: "Thu, 02/01/2026" is 1 February read month first, a Sunday.
    expect(failure(readIomDateTime("Thu, 02/01/2026 - 12:00"))).toBe("Thu is not the weekday of 2026-02-01 (read month first, as IOM writes its dates): check the date.");
    expect(failure(readIomDateTime("Mon, 20/07/2019 - 12:00"))).toBe("This date does not exist.");
    expect(failure(readIomDateTime("Thu, 01/01/2026 - 25:00"))).toBe("This date and time does not exist.");
  });

  it("reads the other forms IOM's files have held, and refuses the ambiguous ones", () => {
    expect(readIomDateTime("2014-01-06")).toMatchObject({ value: new Date("2014-01-06T00:00:00Z") });
    expect(readIomDateTime("January 6, 2014")).toMatchObject({ value: new Date("2014-01-06T00:00:00Z") });
    expect(failure(readIomDateTime("06/01/2014"))).toMatch(/ambiguous/);
  });
});

describe("today's IOM coordinates", () => {
  it("reads \"lat, lon\" with IOM's eight decimals, and corrects an unambiguous swap", () => {
    expect(readDecimalPair("37.34265178, 42.99259985")).toEqual({ ok: true, value: { latitude: 37.34265178, longitude: 42.99259985, text: "37.34265178, 42.99259985", isSwapped: false } });
    expect(readDecimalPair("-114.579342, 32.468858")).toMatchObject({ value: { latitude: 32.468858, longitude: -114.579342, isSwapped: true } });
  });
});

describe("countries of origin", () => {
  it("reads several countries in one cell, in IOM's UN wording, each once", () => {
    expect(readCountriesOfOrigin("Eritrea, Sudan")).toEqual({ codes: ["ER", "SD"], unread: [] });
    expect(readCountriesOfOrigin("Iran (Islamic Republic of), Syrian Arab Republic, Türkiye, Eritrea")).toEqual({ codes: ["IR", "SY", "TR", "ER"], unread: [] });
    expect(readCountriesOfOrigin("Bonaire, Sint Eustatius and Saba, Mali")).toEqual({ codes: ["BQ", "ML"], unread: [] });
    expect(iomCountryCode("Republic of Moldova")).toBe("MD");
    expect(iomCountryCode("Venezuela (Bolivarian Republic of)")).toBe("VE");
  });

  it("names no country for Unknown or Mixed, and reports other names it cannot place", () => {
    expect(readCountriesOfOrigin("Unknown")).toEqual({ codes: [], unread: [] });
    expect(readCountriesOfOrigin("Mixed, Atlantis, Guinea")).toEqual({ codes: ["GN"], unread: ["Atlantis"] });
    expect(readCountriesOfOrigin("")).toEqual({ codes: [], unread: [] });
  });
});

describe("a row of today's IOM layout", () => {
  const cells: Record<string, string> = {
    "Main ID": "2016.MMP00100", "Incident ID": "2016.MMP00101", Region: "Mediterranean", "Incident Date": "Tue, 10/25/2016 - 12:00", Year: "2016",
    "Reported Month": "October", "Number Dead": "29", "Number of Survivors": "107", "Number of Males": "20", "Region of Origin": "Sub-Saharan Africa",
    "Cause of Death": "Drowning, Suffocation", "Country of Origin": "Eritrea, Sudan, Atlantis", "Location of death": "26 nautical miles off Libya",
    "Information Source": "MSF", Coordinates: "33.25, 12.6", "Migration route": "Central Mediterranean", URL: "https://example.org/a",
    "UNSD Geographical Grouping": "Uncategorized", "Source Quality": "4",
  };

  it("keeps every column in a field, keyed by its Incident ID in a dataset of its own", () => {
    const row = mapIomRow("iom", 2, (column) => cells[column] ?? "");
    expect(row).toMatchObject({ reference: null, externalId: "2016.MMP00101", sourceDataset: IOM_INCIDENT_DATASET, status: "SUBMITTED" });
    expect(row.values).toEqual({
      occurredAt: new Date("2016-10-25T12:00:00Z"), position: "33.25, 12.6", region: "Mediterranean", route: "Central Mediterranean",
      dead: 29, missing: null, rescued: 107, women: null, men: 20, children: null, causesOfDeath: ["DROWNING", "SUFFOCATION"], sourceQuality: 4,
      locationOfDeath: "26 nautical miles off Libya", source: "MSF", sourceUrl: "https://example.org/a", unsdGrouping: "Uncategorized",
      regionOfOrigin: "Sub-Saharan Africa", eventGroup: "2016.MMP00100", nationalities: [{ country: "ER", count: null }, { country: "SD", count: null }],
    });
    expect(row.problems.map((p) => `${p.severity} ${p.column}: ${englishText(p.message)}`)).toEqual([
      "warning Country of Origin: \"Atlantis\" is not a country of ISO 3166-1: left out of the nationalities.",
    ]);
  });

  it("reads one of our references as a reference, and checks the year and month", () => {
    const row = mapIomRow("iom", 3, (column) => ({ ...cells, "Incident ID": "MSF-2016-0042", Year: "2015", "Reported Month": "Nov" })[column] ?? "");
    expect(row).toMatchObject({ reference: "MSF-2016-0042", externalId: null, sourceDataset: null });
    expect(row.problems.map((p) => `${p.column}: ${englishText(p.message)}`)).toEqual([
      "Year: Differs from the Incident Date (2016), which is imported.", "Reported Month: Differs from the Incident Date (Oct), which is imported.",
      "Country of Origin: \"Atlantis\" is not a country of ISO 3166-1: left out of the nationalities.",
    ]);
  });
});

describe("a Rescue Ledger row's new columns", () => {
  it("reads the IOM fields, unknown nationality counts, and a URL still glued to the source", () => {
    const row = mapLedgerRow(2, (column) => ({
      occurred_at: "2016-10-25T12:00:00.000Z", position_text: "33.25, 12.6", location_of_death: "Off Sabratha", event_group: "2016.MMP00100",
      region_of_origin: "Northern Africa", unsd_grouping: "Uncategorized", nationalities: "ER: 40; SD", source: "MSF\nURL: https://example.org/a",
    })[column] ?? "");
    expect(row.problems).toEqual([]);
    expect(row.values).toMatchObject({
      locationOfDeath: "Off Sabratha", eventGroup: "2016.MMP00100", regionOfOrigin: "Northern Africa", unsdGrouping: "Uncategorized",
      nationalities: [{ country: "ER", count: "40" }, { country: "SD", count: null }], source: "MSF", sourceUrl: "https://example.org/a",
    });
  });
});
