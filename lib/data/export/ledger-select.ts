import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { LEDGER_COLUMNS, type ColumnName } from "@/lib/csv/columns";
import type { ExportContext } from "./export-context";
import type { Redaction } from "./privacy-sql";
import { coded, codedList, list, safe, selectList } from "./sql-format";

type LedgerColumn = ColumnName<typeof LEDGER_COLUMNS>;

// Shareable rows keep what describes the case in codes and figures; what was typed as text goes.
const expressions = ({ labels, redact: r }: ExportContext): Record<LedgerColumn, string> => ({
  reference: safe("i.reference"),
  status: coded("i.status::text", labels?.status),
  organization: safe(`o."shortName"`),
  occurred_at: r.time(`i."occurredAt"`),
  latitude: r.position("i.latitude"),
  longitude: r.position("i.longitude"),
  position_text: r.text(safe(`i."positionText"`)),
  location_of_death: r.text(safe(`i."locationOfDeath"`)),
  distance_to_coast_nm: r.distance(`i."distanceToCoastNm"`),
  nearest_country: safe(`i."nearestCountry"`),
  sar_regions: safe(list(`i."sarRegions"`)),
  region: safe("i.region"),
  route: safe("i.route"),
  unsd_grouping: safe(`i."unsdGrouping"`),
  vessel: safe("v.name"),
  boat_type: coded(`i."boatType"::text`, labels?.boatType),
  boat_conditions: codedList(`i."boatConditions"`, labels?.boatCondition),
  persons_on_board: `i."personsOnBoard"`,
  rescued: "i.rescued",
  dead: "i.dead",
  missing: "i.missing",
  causes_of_death: codedList(`i."causesOfDeath"`, labels?.causeOfDeath),
  children: r.count("i.children"),
  unaccompanied_minors: r.count(`i."unaccompaniedMinors"`),
  women: r.count("i.women"),
  pregnant_women: r.count(`i."pregnantWomen"`),
  infants: r.count("i.infants"),
  men: r.count("i.men"),
  girls: r.count("i.girls"),
  boys: r.count("i.boys"),
  sex_age_unknown: r.count(`i."sexAgeUnknown"`),
  nationalities: "na.summary",
  region_of_origin: safe(`i."regionOfOrigin"`),
  departure_place: r.text(safe(`i."departurePlace"`)),
  departed_at: r.time(`i."departedAt"`),
  injured_total: "inj.total",
  injuries: "inj.summary",
  evacuated_total: "ev.total",
  evacuations: "ev.summary",
  partners: safe("pa.summary"),
  coordinating_authority: r.text(safe(`i."coordinatingAuthority"`)),
  disembarkation_port: r.text(safe(`i."disembarkationPort"`)),
  sea_state: r.text(safe(`i."seaState"`)),
  narrative: r.text(safe("i.narrative")),
  source: r.text(safe("i.source")),
  source_url: r.text(safe(`i."sourceUrl"`)),
  source_quality: `i."sourceQuality"`,
  external_id: safe(`i."externalId"`),
  source_dataset: safe(`i."sourceDataset"`),
  event_group: safe(`i."eventGroup"`),
  created_at: r.time(`i."createdAt"`),
  updated_at: r.time(`i."updatedAt"`),
  version: "i.version",
});

// Child rows summarised per incident; the long-format files carry them one per row.
const summaries = (r: Redaction) => `
  LEFT JOIN "Vessel" v ON v.id = i."vesselId"
  JOIN "Organization" o ON o.id = i."organizationId"
  LEFT JOIN LATERAL (
    SELECT sum(x.count) AS total, string_agg(x.type || '/' || x.severity || ': ' || x.count, '; ' ORDER BY x.type, x.severity) AS summary
    FROM "Injury" x WHERE x."incidentId" = i.id) inj ON true
  LEFT JOIN LATERAL (
    SELECT sum(x.count) AS total, string_agg(x.count || ' ' || x.means || COALESCE(' to ' || ${r.text("x.destination")}, '') || COALESCE(' at ' || ${r.time(`x."evacuatedAt"`)}, ''), '; '
      ORDER BY x."evacuatedAt" NULLS LAST, x.id) AS summary
    FROM "Evacuation" x WHERE x."incidentId" = i.id) ev ON true
  LEFT JOIN LATERAL (
    SELECT string_agg(po."shortName" || ': ' || x.role, '; ' ORDER BY po."shortName", x.role) AS summary
    FROM "IncidentPartner" x JOIN "Organization" po ON po.id = x."organizationId" WHERE x."incidentId" = i.id) pa ON true
  LEFT JOIN LATERAL (
    SELECT string_agg(x.country || COALESCE(': ' || ${r.count("x.count")}, ''), '; ' ORDER BY ${r.countOrder("x.count")} DESC NULLS LAST, x.country) AS summary
    FROM "IncidentNationality" x WHERE x."incidentId" = i.id) na ON true`;

/**
 * One row per incident matching `where` (over "Incident" i), every field, in the list's order. The
 * incidents are sorted before their rows are summarised, so the first rows leave while later ones are
 * still being read, instead of after a sort of every finished row.
 */
export function ledgerSelect(where: Prisma.Sql, orderBy: Prisma.Sql, context: ExportContext): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(LEDGER_COLUMNS, expressions(context)))}
FROM (SELECT i.* FROM "Incident" i WHERE ${where} ORDER BY ${orderBy}) i ${Prisma.raw(summaries(context.redact))}
ORDER BY ${orderBy}`;
}
