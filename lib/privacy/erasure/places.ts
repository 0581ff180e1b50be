import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { getAdminScope } from "@/lib/data/admin-scope";
import { containsPattern } from "@/lib/data/like-pattern";
import type { SessionUser } from "@/lib/data/users";
import { formEncoded } from "./text-match";

/**
 * Every column where a person may have typed a name into a case: its own free text and its child rows'.
 * Not here: what a form picks from a list (region, route, enums), numbers, the reference, and an import's
 * external id (a key of the source dataset). Injuries, nationalities and partners hold no text.
 */
export const CASE_TEXT_COLUMNS = [
  { field: "narrative", table: "Incident", column: "narrative" },
  { field: "source", table: "Incident", column: "source" },
  { field: "sourceUrl", table: "Incident", column: "sourceUrl" },
  { field: "locationOfDeath", table: "Incident", column: "locationOfDeath" },
  { field: "position", table: "Incident", column: "positionText" },
  { field: "departurePlace", table: "Incident", column: "departurePlace" },
  { field: "coordinatingAuthority", table: "Incident", column: "coordinatingAuthority" },
  { field: "disembarkationPort", table: "Incident", column: "disembarkationPort" },
  { field: "seaState", table: "Incident", column: "seaState" },
  { field: "evacuationDestination", table: "Evacuation", column: "destination" },
  { field: "timelineNote", table: "TimelineEvent", column: "note" },
  { field: "timelinePort", table: "TimelineEvent", column: "port" },
  { field: "timelineAuthority", table: "TimelineEvent", column: "authority" },
  { field: "timelinePosition", table: "TimelineEvent", column: "positionText" },
  { field: "trackNote", table: "TrackPoint", column: "note" },
  { field: "trackPosition", table: "TrackPoint", column: "positionText" },
] as const;

export type CaseField = (typeof CASE_TEXT_COLUMNS)[number]["field"];
export type TextColumn = (typeof CASE_TEXT_COLUMNS)[number];
export const CASE_TABLES = [...new Set(CASE_TEXT_COLUMNS.map((c) => c.table))];
export const columnsOf = (table: TextColumn["table"]) => CASE_TEXT_COLUMNS.filter((c) => c.table === table);

/** A table or column name from the list above (never from input), quoted. */
export const ident = (name: string) => Prisma.raw(`"${name}"`);
export const incidentIdOf = (table: TextColumn["table"]) => ident(table === "Incident" ? "id" : "incidentId");

/** The text's LIKE patterns (% and _ literal): as typed, as a query string encodes it, and both as JSON text writes them. */
export function patternsOf(text: string) {
  const jsonText = (s: string) => JSON.stringify(s).slice(1, -1);
  return {
    text,
    plain: containsPattern(text),
    encoded: containsPattern(formEncoded(text)),
    jsonPlain: containsPattern(jsonText(text)),
    jsonEncoded: containsPattern(jsonText(formEncoded(text))),
  };
}
export type Patterns = ReturnType<typeof patternsOf>;

/** The regular expression (PostgreSQL's ***= prefix: the rest is literal) of the text, for regexp_replace and regexp_count. */
export const literalRegex = (text: string) => `***=${text}`;

export type ErasureScope = { organizationId: string | null };

/**
 * Who may look for and erase a text, and where: administrators alone; an administrator of the platform
 * operator in every organization, any other in their own (its cases, its audit trail, its members' searches).
 */
export async function erasureScope(admin: SessionUser): Promise<ErasureScope> {
  if (!can(admin, "privacy:erase")) throw new AppError("forbidden");
  const { isPlatformOperator } = await getAdminScope(admin);
  return { organizationId: isPlatformOperator ? null : admin.organizationId };
}

/** The scope on a query with the incident as `i`. */
export const caseScopeSql = (scope: ErasureScope) => (scope.organizationId ? Prisma.sql`i."organizationId" = ${scope.organizationId}::uuid` : Prisma.sql`TRUE`);

/** The scope on a query with the event as `a`, its incident as `i` and its actor as `u` (as the audit page's). */
export const auditScopeSql = (scope: ErasureScope) =>
  scope.organizationId
    ? Prisma.sql`(a."organizationId" = ${scope.organizationId}::uuid OR i."organizationId" = ${scope.organizationId}::uuid OR u."organizationId" = ${scope.organizationId}::uuid)`
    : Prisma.sql`TRUE`;

/** The scope on a query with the saved filter's owner as `u`. */
export const savedSearchScopeSql = (scope: ErasureScope) => (scope.organizationId ? Prisma.sql`u."organizationId" = ${scope.organizationId}::uuid` : Prisma.sql`TRUE`);

/** Whether a JSON document (`doc`) holds the text in a string value, as typed or encoded; the JSON text is tried first, as it is cheaper. */
export function jsonHoldsSql(doc: Prisma.Sql, p: Patterns) {
  return Prisma.sql`((${doc})::text ILIKE ${p.jsonPlain} OR (${doc})::text ILIKE ${p.jsonEncoded}) AND EXISTS (
    SELECT 1 FROM jsonb_path_query(${doc}, 'strict $.**') v
    WHERE jsonb_typeof(v) = 'string' AND ((v #>> '{}') ILIKE ${p.plain} OR (v #>> '{}') ILIKE ${p.encoded}))`;
}

/** The first string value of a JSON document that holds the text (for an excerpt). */
export function jsonFirstHitSql(doc: Prisma.Sql, p: Patterns) {
  return Prisma.sql`(SELECT v #>> '{}' FROM jsonb_path_query(${doc}, 'strict $.**') v
    WHERE jsonb_typeof(v) = 'string' AND ((v #>> '{}') ILIKE ${p.plain} OR (v #>> '{}') ILIKE ${p.encoded}) LIMIT 1)`;
}
