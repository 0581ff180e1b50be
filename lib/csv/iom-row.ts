import { messageKey } from "@/lib/i18n/message-key";
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
  if (!webId) ctx.error("Web ID", messageKey("validation.import.iomWebIdMissing"));
  const isIom = /^\d+$/.test(webId);

  const occurredAt = ctx.read("Reported Date", readDay(cell("Reported Date")));
  if (occurredAt === null) ctx.error("Reported Date", messageKey("validation.import.iomDateMissing"));
  if (occurredAt) checkYearAndMonth(ctx, occurredAt, cell);

  const dead = ctx.count("Number Dead");
  const missing = ctx.count("Minimum Estimated Number of Missing");
  const total = ctx.count("Total Dead and Missing");
  if (total != null && dead !== undefined && missing !== undefined && (dead !== null || missing !== null) && total !== (dead ?? 0) + (missing ?? 0)) {
    ctx.warn("Total Dead and Missing", messageKey("validation.import.iomTotalDiffers", { sum: (dead ?? 0) + (missing ?? 0) }));
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
  if (year && year !== String(date.getUTCFullYear())) ctx.warn("Reported Year", messageKey("validation.import.iomDateDiffers", { part: String(date.getUTCFullYear()) }));
  if (month && month.slice(0, 3).toLowerCase() !== MONTHS_SHORT[date.getUTCMonth()].toLowerCase()) ctx.warn("Reported Month", messageKey("validation.import.iomDateDiffers", { part: MONTHS_SHORT[date.getUTCMonth()] }));
}

/** The coordinates as position text for the schema: swaps corrected when unambiguous, refused when only likely. */
export function readPosition(ctx: ReturnType<typeof rowContext>, text: string, region: string | null, column = "Location Coordinates") {
  const pair = ctx.read(column, readDecimalPair(text));
  if (!pair) return text;
  if (pair.isSwapped) ctx.warn(column, messageKey("validation.import.iomSwapped", { longitude: String(pair.longitude), position: pair.text }));
  else if (looksSwapped(region, pair.latitude, pair.longitude)) {
    ctx.error(column, messageKey("validation.import.iomLookSwapped", { position: pair.text, region: region ?? "", swapped: `${pair.longitude}, ${pair.latitude}` }));
  }
  return pair.text;
}
