import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { IOM_COLUMNS, IOM_DATASET, type ColumnName } from "@/lib/csv/columns";
import { IOM_URL_MARK } from "@/lib/csv/iom-vocabulary";
import { CAUSE_OF_DEATH_LABELS } from "@/lib/labels";
import type { ExportContext } from "./export-context";
import type { Redaction } from "./privacy-sql";
import { caseOf, safe, selectList } from "./sql-format";

type IomColumn = ColumnName<typeof IOM_COLUMNS>;

const utc = `(i."occurredAt" AT TIME ZONE 'UTC')`;
const dataset = `'${IOM_DATASET.replaceAll("'", "''")}'`;
const urlMark = `'${IOM_URL_MARK.replaceAll("'", "''")}'`;
// Decimal "lat, lon" as typed is kept (IOM's own text round-trips unchanged); other formats are rewritten.
const DECIMAL_PAIR = `'^\\s*-?[0-9]+(\\.[0-9]+)?\\s*,\\s*-?[0-9]+(\\.[0-9]+)?\\s*$'`;

// A shareable row has no description, source or links, the coordinates rounded and never as typed.
const expressions = (r: Redaction): Record<IomColumn, string> => ({
  "Web ID": safe(`CASE WHEN i."sourceDataset" = ${dataset} AND i."externalId" IS NOT NULL THEN i."externalId" ELSE i.reference END`),
  Region: safe("i.region"),
  "Reported Date": `to_char(${utc}, 'FMMonth DD, YYYY')`,
  "Reported Year": `extract(year FROM ${utc})::int`,
  "Reported Month": `to_char(${utc}, 'Mon')`,
  "Number Dead": "i.dead",
  "Minimum Estimated Number of Missing": "i.missing",
  "Total Dead and Missing": "CASE WHEN i.dead IS NULL AND i.missing IS NULL THEN NULL ELSE COALESCE(i.dead, 0) + COALESCE(i.missing, 0) END",
  "Number of Survivors": "i.rescued",
  "Number of Females": r.count("i.women"),
  "Number of Males": "NULL",
  "Number of Children": r.count("i.children"),
  "Cause of Death": `NULLIF(array_to_string(ARRAY(SELECT ${caseOf("c::text", CAUSE_OF_DEATH_LABELS)} FROM unnest(i."causesOfDeath") c), ', '), '')`,
  "Location Description": r.text(safe("i.narrative")),
  "Information Source": r.text(safe(`NULLIF(split_part(i.source, ${urlMark}, 1), '')`)),
  "Location Coordinates": r.choose(
    safe(`CASE WHEN i."positionText" ~ ${DECIMAL_PAIR} THEN i."positionText" ELSE i.latitude || ', ' || i.longitude END`),
    `${r.position("i.latitude")} || ', ' || ${r.position("i.longitude")}`,
  ),
  "Migration Route": safe("i.route"),
  URL: r.text(safe(`CASE WHEN strpos(i.source, ${urlMark}) > 0 THEN substr(i.source, strpos(i.source, ${urlMark}) + length(${urlMark})) END`)),
  "UNSD Geographical Grouping": "NULL",
  "Source Quality": `i."sourceQuality"`,
});

/** One row per incident in the IOM Missing Migrants layout, in the list's order (sorted before formatting, as ledgerSelect). */
export function iomSelect(where: Prisma.Sql, orderBy: Prisma.Sql, { redact }: ExportContext): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(IOM_COLUMNS, expressions(redact)))}
FROM (SELECT i.* FROM "Incident" i WHERE ${where} ORDER BY ${orderBy}) i ORDER BY ${orderBy}`;
}
