import { messageKey } from "@/lib/i18n/message-key";
import { readCountriesOfOrigin } from "./iom-countries";
import { IOM_LAYOUTS, type IomLayout, type IomSpec } from "./iom-layouts";
import { translateCauses, translateRegion, translateRoute } from "./iom-vocabulary";
import { type MappedRow, rowContext } from "./row-context";
import { unneutraliseFormula } from "./writer";
import { looksSwapped, readDecimalPair } from "./values";

const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type Context = ReturnType<typeof rowContext>;

/**
 * One row of an IOM download (today's layout or 2014–2021's) as a new case of the importer's organization,
 * SUBMITTED like any new case with no status, keyed by its Incident ID or Web ID (its reference,
 * <short name>-IOM-<id>, is made on commit). A key that is not IOM's is one of our references.
 */
export function mapIomRow(layout: IomLayout, row: number, raw: (column: string) => string): MappedRow {
  const spec = IOM_LAYOUTS[layout];
  const column = spec.fields;
  const cell = (name: string) => unneutraliseFormula(raw(name) ?? "").trim();
  const ctx = rowContext(row, cell);
  const id = cell(spec.id);
  if (!id) ctx.error(spec.id, messageKey("validation.import.iomIdMissing", { column: spec.id }));
  const isIom = spec.isIomId(id);

  const occurredAt = ctx.read(column.occurredAt, spec.readDate(cell(column.occurredAt)));
  if (occurredAt === null) ctx.error(column.occurredAt, messageKey("validation.import.iomDateMissing"));
  if (occurredAt) checkYearAndMonth(ctx, spec, occurredAt, cell);

  const dead = ctx.count(column.dead);
  const missing = ctx.count(column.missing);
  if (spec.checks.total) checkTotal(ctx, spec.checks.total, dead, missing);

  const region = translateRegion(cell(column.region), cell(column.unsdGrouping));
  if (region.problem) ctx.warn(column.region, region.problem);
  if (region.from) ctx.translate(column.region, region.from, region.value!);
  const route = translateRoute(cell(column.route));
  if (route.problem) ctx.warn(column.route, route.problem);
  if (route.from) ctx.translate(column.route, route.from, route.value!);
  const { causes, translations } = translateCauses(cell(column.causesOfDeath));
  for (const t of translations) ctx.translate(column.causesOfDeath, t.from, t.to);

  const text = (field: string) => (column[field] ? cell(column[field]) || null : undefined);
  return {
    row,
    reference: isIom ? null : id || null,
    externalId: isIom ? id : null,
    sourceDataset: isIom ? spec.dataset : null,
    status: "SUBMITTED",
    values: {
      occurredAt, position: readPosition(ctx, cell(column.position), region.value, column.position), region: region.value, route: route.value,
      dead, missing, rescued: ctx.count(column.rescued), women: ctx.count(column.women), men: ctx.count(column.men),
      children: ctx.count(column.children), causesOfDeath: causes, sourceQuality: ctx.count(column.sourceQuality),
      ...Object.fromEntries(["locationOfDeath", "source", "sourceUrl", "unsdGrouping", "regionOfOrigin", "eventGroup"].map((field) => [field, text(field)])),
      nationalities: column.nationalities ? nationalities(ctx, column.nationalities, cell(column.nationalities)) : undefined,
    },
    vesselName: null,
    partnerNames: [],
    problems: ctx.problems,
    translations: ctx.translations,
  };
}

/** Each country named as a nationality row of unknown count; a name that is no country is reported and left out. */
function nationalities(ctx: Context, column: string, text: string) {
  const { codes, unread } = readCountriesOfOrigin(text);
  for (const name of unread) ctx.warn(column, messageKey("validation.import.iomCountryUnread", { name }));
  return codes.map((country) => ({ country, count: null }));
}

function checkTotal(ctx: Context, column: string, dead: number | null | undefined, missing: number | null | undefined) {
  const total = ctx.count(column);
  if (total != null && dead !== undefined && missing !== undefined && (dead !== null || missing !== null) && total !== (dead ?? 0) + (missing ?? 0)) {
    ctx.warn(column, messageKey("validation.import.iomTotalDiffers", { sum: (dead ?? 0) + (missing ?? 0) }));
  }
}

function checkYearAndMonth(ctx: Context, { checks, fields }: IomSpec, date: Date, cell: (column: string) => string) {
  const year = cell(checks.year);
  const month = cell(checks.month);
  const dateColumn = fields.occurredAt;
  if (year && year !== String(date.getUTCFullYear())) ctx.warn(checks.year, messageKey("validation.import.iomDateDiffers", { part: String(date.getUTCFullYear()), column: dateColumn }));
  if (month && month.slice(0, 3).toLowerCase() !== MONTHS_SHORT[date.getUTCMonth()].toLowerCase()) ctx.warn(checks.month, messageKey("validation.import.iomDateDiffers", { part: MONTHS_SHORT[date.getUTCMonth()], column: dateColumn }));
}

/** The coordinates as position text for the schema: swaps corrected when unambiguous, refused when only likely. */
export function readPosition(ctx: Context, text: string, region: string | null, column: string) {
  const pair = ctx.read(column, readDecimalPair(text));
  if (!pair) return text;
  if (pair.isSwapped) ctx.warn(column, messageKey("validation.import.iomSwapped", { longitude: String(pair.longitude), position: pair.text }));
  else if (looksSwapped(region, pair.latitude, pair.longitude)) {
    ctx.error(column, messageKey("validation.import.iomLookSwapped", { position: pair.text, region: region ?? "", swapped: `${pair.longitude}, ${pair.latitude}` }));
  }
  return pair.text;
}
