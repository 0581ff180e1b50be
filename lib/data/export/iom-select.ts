import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { IOM_2021_COLUMNS, IOM_COLUMNS, IOM_DATASET, IOM_INCIDENT_DATASET, type ColumnName } from "@/lib/csv/columns";
import { countryOptions } from "@/lib/countries";
import { CAUSE_OF_DEATH_LABELS } from "@/lib/labels";
import type { ExportContext } from "./export-context";
import type { Redaction } from "./privacy-sql";
import { caseOf, safe, selectList } from "./sql-format";
import { sqlLiteral } from "./sql-literal";

const utc = `(i."occurredAt" AT TIME ZONE 'UTC')`;
// Decimal "lat, lon" as typed is kept (IOM's own text round-trips unchanged); other formats are rewritten.
const DECIMAL_PAIR = `'^\\s*-?[0-9]+(\\.[0-9]+)?\\s*,\\s*-?[0-9]+(\\.[0-9]+)?\\s*$'`;
/** IOM's record key when the incident came from that layout's dataset, else our reference (read back as one). */
const key = (dataset: string) => safe(`CASE WHEN i."sourceDataset" = ${sqlLiteral(dataset)} AND i."externalId" IS NOT NULL THEN i."externalId" ELSE i.reference END`);
const COUNTRY_NAMES = Object.fromEntries(countryOptions().map(({ code, name }) => [code, name]));

// The columns both layouts have. A shareable row has no location, source or links, the coordinates rounded and never as typed.
const shared = (r: Redaction) => ({
  Region: safe("i.region"),
  "Number Dead": "i.dead",
  "Minimum Estimated Number of Missing": "i.missing",
  "Number of Survivors": "i.rescued",
  "Number of Females": r.count("i.women"),
  "Number of Males": r.count("i.men"),
  "Number of Children": r.count("i.children"),
  "Cause of Death": `NULLIF(array_to_string(ARRAY(SELECT ${caseOf("c::text", CAUSE_OF_DEATH_LABELS)} FROM unnest(i."causesOfDeath") c), ', '), '')`,
  "Information Source": r.text(safe("i.source")),
  URL: r.text(safe(`i."sourceUrl"`)),
  "UNSD Geographical Grouping": safe(`i."unsdGrouping"`),
  "Source Quality": `i."sourceQuality"`,
});
const coordinates = (r: Redaction) => r.choose(
  safe(`CASE WHEN i."positionText" ~ ${DECIMAL_PAIR} THEN i."positionText" ELSE i.latitude || ', ' || i.longitude END`),
  `${r.position("i.latitude")} || ', ' || ${r.position("i.longitude")}`,
);

const today = (r: Redaction): Record<ColumnName<typeof IOM_COLUMNS>, string> => ({
  ...shared(r),
  "Main ID": safe(`i."eventGroup"`),
  "Incident ID": key(IOM_INCIDENT_DATASET),
  // IOM's own form, month first; a shareable row gives the day only, at the noon IOM gives dates without a time.
  "Incident Date": r.choose(`to_char(${utc}, 'Dy, MM/DD/YYYY - HH24:MI')`, `to_char(${utc}, 'Dy, MM/DD/YYYY') || ' - 12:00'`),
  Year: `extract(year FROM ${utc})::int`,
  "Reported Month": `to_char(${utc}, 'FMMonth')`,
  "Region of Origin": safe(`i."regionOfOrigin"`),
  "Country of Origin": `NULLIF(array_to_string(ARRAY(SELECT ${caseOf("x.country", COUNTRY_NAMES)}
    FROM "IncidentNationality" x WHERE x."incidentId" = i.id ORDER BY x.country), ', '), '')`,
  "Location of death": r.text(safe(`i."locationOfDeath"`)),
  Coordinates: coordinates(r),
  "Migration route": safe("i.route"),
});

const of2021 = (r: Redaction): Record<ColumnName<typeof IOM_2021_COLUMNS>, string> => ({
  ...shared(r),
  "Web ID": key(IOM_DATASET),
  "Reported Date": `to_char(${utc}, 'FMMonth DD, YYYY')`,
  "Reported Year": `extract(year FROM ${utc})::int`,
  "Reported Month": `to_char(${utc}, 'Mon')`,
  "Total Dead and Missing": "CASE WHEN i.dead IS NULL AND i.missing IS NULL THEN NULL ELSE COALESCE(i.dead, 0) + COALESCE(i.missing, 0) END",
  "Location Description": r.text(safe(`i."locationOfDeath"`)),
  "Location Coordinates": coordinates(r),
  "Migration Route": safe("i.route"),
});

const select = (list: string, where: Prisma.Sql, orderBy: Prisma.Sql) => Prisma.sql`SELECT ${Prisma.raw(list)}
FROM (SELECT i.* FROM "Incident" i WHERE ${where} ORDER BY ${orderBy}) i ORDER BY ${orderBy}`;

/** One row per incident in IOM's layout of today, in the list's order (sorted before formatting, as ledgerSelect). */
export function iomSelect(where: Prisma.Sql, orderBy: Prisma.Sql, { redact }: ExportContext): Prisma.Sql {
  return select(selectList(IOM_COLUMNS, today(redact)), where, orderBy);
}

/** The same in IOM's 2014–2021 layout. */
export function iom2021Select(where: Prisma.Sql, orderBy: Prisma.Sql, { redact }: ExportContext): Prisma.Sql {
  return select(selectList(IOM_2021_COLUMNS, of2021(redact)), where, orderBy);
}
