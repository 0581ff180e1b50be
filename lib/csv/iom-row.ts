import { IOM_DATASET } from "./columns";
import { IOM_URL_MARK, translateCauses, translateRegion, translateRoute } from "./iom-vocabulary";
import { type MappedRow, rowContext } from "./row-context";
import { unneutraliseFormula } from "./writer";
import { looksSwapped, readDay, readDecimalPair } from "./values";

const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Where the incident schema's fields come from in the IOM layout, for its messages. */
export const IOM_FIELD_COLUMNS: Record<string, string> = {
  occurredAt: "Reported Date", position: "Location Coordinates", region: "Region", route: "Migration Route",
  dead: "Number Dead", missing: "Minimum Estimated Number of Missing", rescued: "Number of Survivors", women: "Number of Females",
  children: "Number of Children", causesOfDeath: "Cause of Death", narrative: "Location Description", source: "Information Source",
  sourceQuality: "Source Quality",
};

/**
 * One row of IOM's download as a new case of the importer's organization, SUBMITTED like any new case
 * with no status, keyed by its Web ID (its reference, <short name>-IOM-<Web ID>, is made on commit).
 * A Web ID that is not a number is one of our references (an export of our own incidents in this layout).
 */
export function mapIomRow(row: number, raw: (column: string) => string): MappedRow {
  const cell = (column: string) => unneutraliseFormula(raw(column) ?? "").trim();
  const ctx = rowContext(row, cell);
  const webId = cell("Web ID");
  if (!webId) ctx.error("Web ID", "The Web ID is missing: every IOM record has one.");
  const isIom = /^\d+$/.test(webId);

  const occurredAt = ctx.read("Reported Date", readDay(cell("Reported Date")));
  if (occurredAt === null) ctx.error("Reported Date", "The date is missing.");
  if (occurredAt) checkYearAndMonth(ctx, occurredAt, cell);

  const dead = ctx.count("Number Dead");
  const missing = ctx.count("Minimum Estimated Number of Missing");
  const total = ctx.count("Total Dead and Missing");
  if (total != null && dead !== undefined && missing !== undefined && (dead !== null || missing !== null) && total !== (dead ?? 0) + (missing ?? 0)) {
    ctx.warn("Total Dead and Missing", `Is not Number Dead + Minimum Estimated Number of Missing (${(dead ?? 0) + (missing ?? 0)}): those two are imported, the total is not.`);
  }
  if (cell("Number of Males")) ctx.translate("Number of Males", "not recorded by Rescue Ledger (no such field)", "");

  const region = translateRegion(cell("Region"), cell("UNSD Geographical Grouping"));
  if (region.problem) ctx.warn("Region", region.problem);
  if (region.from) ctx.translate("Region", region.from, region.value!);
  const route = translateRoute(cell("Migration Route"));
  if (route.problem) ctx.warn("Migration Route", route.problem);
  if (route.from) ctx.translate("Migration Route", route.from, route.value!);
  const { causes, translations } = translateCauses(cell("Cause of Death"));
  for (const t of translations) ctx.translate("Cause of Death", t.from, t.to);

  const position = readPosition(ctx, cell("Location Coordinates"), region.value);
  const url = cell("URL");
  return {
    row,
    reference: isIom ? null : webId || null,
    externalId: isIom ? webId : null,
    sourceDataset: isIom ? IOM_DATASET : null,
    status: "SUBMITTED",
    values: {
      occurredAt, position, region: region.value, route: route.value, dead, missing, rescued: ctx.count("Number of Survivors"),
      women: ctx.count("Number of Females"), children: ctx.count("Number of Children"), causesOfDeath: causes,
      narrative: cell("Location Description"), source: [cell("Information Source"), url].filter(Boolean).join(url ? IOM_URL_MARK : ""),
      sourceQuality: ctx.count("Source Quality"),
    },
    vesselName: null,
    partnerNames: [],
    problems: ctx.problems,
    translations: ctx.translations,
  };
}

function checkYearAndMonth(ctx: ReturnType<typeof rowContext>, date: Date, cell: (column: string) => string) {
  const year = cell("Reported Year");
  const month = cell("Reported Month");
  if (year && year !== String(date.getUTCFullYear())) ctx.warn("Reported Year", `Differs from the Reported Date (${date.getUTCFullYear()}), which is imported.`);
  if (month && month.slice(0, 3).toLowerCase() !== MONTHS_SHORT[date.getUTCMonth()].toLowerCase()) ctx.warn("Reported Month", `Differs from the Reported Date (${MONTHS_SHORT[date.getUTCMonth()]}), which is imported.`);
}

/** The coordinates as position text for the schema: swaps corrected when unambiguous, refused when only likely. */
export function readPosition(ctx: ReturnType<typeof rowContext>, text: string, region: string | null, column = "Location Coordinates") {
  const pair = ctx.read(column, readDecimalPair(text));
  if (!pair) return text;
  if (pair.isSwapped) ctx.warn(column, `Latitude and longitude were swapped (a latitude cannot be ${pair.longitude}): imported as ${pair.text}.`);
  else if (looksSwapped(region, pair.latitude, pair.longitude)) {
    ctx.error(column, `Latitude and longitude look swapped: ${pair.text} is outside the ${region} and ${pair.longitude}, ${pair.latitude} is inside. Correct the file; the importer does not guess.`);
  }
  return pair.text;
}
