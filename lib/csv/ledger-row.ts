import { BoatCondition, BoatType, CauseOfDeath, EvacuationMeans, IncidentStatus, InjuryType, PartnerRole, Severity } from "@/generated/prisma/enums";
import { BOAT_CONDITION_LABELS, BOAT_TYPE_LABELS, CAUSE_OF_DEATH_LABELS, STATUS_LABELS } from "@/lib/labels";
import { readPosition } from "./iom-row";
import { IOM_URL_MARK } from "./iom-vocabulary";
import { type MappedRow, rowContext, type RowContext } from "./row-context";
import { readInstant, readList } from "./values";
import { unneutraliseFormula } from "./writer";
import { messageKey } from "@/lib/i18n/message-key";

const TEXT = [
  "coordinating_authority", "disembarkation_port", "sea_state", "narrative", "departure_place", "location_of_death", "unsd_grouping",
  "region_of_origin", "event_group",
] as const;
const COUNTS = [
  "persons_on_board", "rescued", "dead", "missing", "children", "unaccompanied_minors", "women", "pregnant_women", "infants",
  "men", "girls", "boys", "sex_age_unknown", "source_quality",
] as const;
const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Where the incident schema's fields come from in our layout, for its messages. */
export function ledgerColumnOf(field: string) {
  if (field === "position") return "position_text";
  if (field === "vesselId") return "vessel";
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** A code (INFLATABLE) or the label users see (Inflatable / rubber), any case. */
function choice<T extends string>(ctx: RowContext, column: string, text: string, codes: Record<string, T>, labels: Record<T, string> | null = null): T | null | undefined {
  if (!text) return null;
  const found = Object.values(codes).find((code) => code === text.toUpperCase().replace(/[ -]/g, "_") || labels?.[code].toLowerCase() === text.toLowerCase());
  if (found) return found;
  return void ctx.error(column, messageKey("validation.import.notOneOf", { text, codes: Object.values(codes).join(", ") }), text);
}

function choices<T extends string>(ctx: RowContext, column: string, text: string, codes: Record<string, T>, labels: Record<T, string>) {
  return readList(text).map((item) => choice(ctx, column, item, codes, labels)).filter((v): v is T => !!v);
}

const INJURY = /^([A-Za-z_ -]+)\/([A-Za-z]+):\s*(\d+)$/;
const EVACUATION = /^(\d+) ([A-Za-z]+)(?: to (.+?))?(?: at (\S+))?$/;
/** "ER: 40", or "ER" alone when the count is unknown. */
const NATIONALITY = /^([^:]+?)(?::\s*(\d+))?$/;

/** Files written before the source URL had a column of its own hold it in the source, after IOM_URL_MARK. */
function readSource(source: string, url: string) {
  const at = source.indexOf(IOM_URL_MARK);
  if (at < 0 || url) return { source: source || null, sourceUrl: url || null };
  return { source: source.slice(0, at).trim() || null, sourceUrl: source.slice(at + IOM_URL_MARK.length).trim() || null };
}

/** One row of the Rescue Ledger layout (our export), keyed by reference; derived columns are recomputed. */
export function mapLedgerRow(row: number, raw: (column: string) => string): MappedRow {
  const cell = (column: string) => unneutraliseFormula(raw(column) ?? "").trim();
  const ctx = rowContext(row, cell);
  const region = cell("region") || null;
  const position = cell("position_text") || [cell("latitude"), cell("longitude")].filter(Boolean).join(", ");
  const status = choice(ctx, "status", cell("status"), IncidentStatus, STATUS_LABELS) ?? "SUBMITTED";

  const injuries = readList(cell("injuries")).flatMap((item) => {
    const m = INJURY.exec(item);
    if (!m) {
      ctx.error("injuries", messageKey("validation.import.injuriesFormat", { item }));
      return [];
    }
    return [{ type: choice(ctx, "injuries", m[1], InjuryType), severity: choice(ctx, "injuries", m[2], Severity), count: m[3] }];
  });
  const evacuations = readList(cell("evacuations")).flatMap((item) => {
    const m = EVACUATION.exec(item);
    if (!m) {
      ctx.error("evacuations", messageKey("validation.import.evacuationsFormat", { item }));
      return [];
    }
    const evacuatedAt = m[4] ? ctx.read("evacuations", readInstant(m[4])) : null;
    return [{ count: m[1], means: choice(ctx, "evacuations", m[2], EvacuationMeans), destination: m[3] ?? null, evacuatedAt }];
  });
  // Countries stay as written: the schema reads codes and names, and names the ones it does not know.
  const nationalities = readList(cell("nationalities")).flatMap((item) => {
    const m = NATIONALITY.exec(item);
    if (!m) ctx.error("nationalities", messageKey("validation.import.nationalitiesFormat", { item }));
    return m ? [{ country: m[1].trim(), count: m[2] ?? null }] : [];
  });
  const partnerNames = readList(cell("partners")).flatMap((item) => {
    const at = item.lastIndexOf(":");
    const role = at > 0 ? choice(ctx, "partners", item.slice(at + 1).trim(), PartnerRole) : undefined;
    if (at <= 0) ctx.error("partners", messageKey("validation.import.partnersFormat", { item }));
    return role ? [{ name: item.slice(0, at).trim(), role }] : [];
  });

  const values: Record<string, unknown> = {
    occurredAt: ctx.read("occurred_at", readInstant(cell("occurred_at"))) ?? cell("occurred_at"),
    position: position ? readPosition(ctx, position, region, cell("position_text") ? "position_text" : "latitude") : "",
    region, route: cell("route") || null,
    boatType: choice(ctx, "boat_type", cell("boat_type"), BoatType, BOAT_TYPE_LABELS),
    boatConditions: choices(ctx, "boat_conditions", cell("boat_conditions"), BoatCondition, BOAT_CONDITION_LABELS),
    causesOfDeath: choices(ctx, "causes_of_death", cell("causes_of_death"), CauseOfDeath, CAUSE_OF_DEATH_LABELS),
    injuries, evacuations, nationalities,
    departedAt: ctx.read("departed_at", readInstant(cell("departed_at"))) ?? cell("departed_at"),
    ...Object.fromEntries(TEXT.map((name) => [camel(name), cell(name) || null])),
    ...readSource(cell("source"), cell("source_url")),
    ...Object.fromEntries(COUNTS.map((name) => [camel(name), ctx.count(name)])),
  };
  return {
    row, status, values, partnerNames, reference: cell("reference") || null, organization: cell("organization") || null,
    externalId: cell("external_id") || null, sourceDataset: cell("source_dataset") || null, vesselName: cell("vessel") || null,
    problems: ctx.problems, translations: ctx.translations,
  };
}
