import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { erasureTextSchema } from "@/lib/schemas/erasure";
import {
  auditScopeSql, CASE_TABLES, caseScopeSql, columnsOf, type ErasureScope, erasureScope, ident, incidentIdOf, jsonFirstHitSql, jsonHoldsSql,
  literalRegex, type Patterns, patternsOf, savedSearchScopeSql,
} from "./places";
import type { MentionHit, MentionReport, Mentions } from "./mention-kinds";
import { excerptAround } from "./text-match";

type Db = Prisma.TransactionClient | typeof db;

/** How many hits of each kind the screen lists; the counts cover them all. */
export const HITS_SHOWN = 200;

/** The case fields that hold the text (`field`, `value`, `"incidentId"`), in the scope, with their case as `i`. */
export function casePlacesSql(scope: ErasureScope, p: Patterns) {
  // One scan per table, its columns side by side.
  const places = CASE_TABLES.map((table) => {
    const columns = columnsOf(table).map(({ field, column }) => Prisma.sql`(${field}::text, t.${ident(column)})`);
    return Prisma.sql`SELECT t.${incidentIdOf(table)} AS "incidentId", v.field, v.value
      FROM ${ident(table)} t CROSS JOIN LATERAL (VALUES ${Prisma.join(columns)}) v(field, value) WHERE v.value ILIKE ${p.plain}`;
  });
  return Prisma.sql`(${Prisma.join(places, " UNION ALL ")}) p JOIN "Incident" i ON i.id = p."incidentId" WHERE ${caseScopeSql(scope)}`;
}

async function findInCases(tx: Db, scope: ErasureScope, p: Patterns) {
  const rows = await tx.$queryRaw<{ field: string; value: string; reference: string; occurredAt: Date; deletedAt: Date | null; places: number; cases: number; occurrences: number }[]>`
    WITH scoped AS MATERIALIZED (SELECT p.*, i.reference, i."occurredAt", i."deletedAt" FROM ${casePlacesSql(scope, p)})
    SELECT s.field, s.value, s.reference, s."occurredAt", s."deletedAt",
      (SELECT count(*) FROM scoped)::int AS places, (SELECT count(DISTINCT "incidentId") FROM scoped)::int AS cases,
      (SELECT coalesce(sum(regexp_count(value, ${literalRegex(p.text)}, 1, 'i')), 0) FROM scoped)::int AS occurrences
    FROM scoped s ORDER BY s."occurredAt" DESC, s.reference, s.field LIMIT ${HITS_SHOWN}`;
  const hits = rows.map((r): MentionHit => ({ label: r.reference, field: r.field, excerpt: excerptAround(r.value, p.text), at: r.occurredAt, isDeleted: r.deletedAt !== null }));
  return { total: rows[0]?.places ?? 0, hits, cases: rows[0]?.cases ?? 0, occurrences: rows[0]?.occurrences ?? 0 };
}

/** Audit events that hold the text in their reason or in a value of their changes, in the scope, with their kind. */
export function auditHitsSql(scope: ErasureScope, p: Patterns) {
  return Prisma.sql`SELECT a.id, a.action, a."createdAt", a.reason, a.changes, i.reference,
      CASE WHEN a.action = 'EXPORT' THEN 'export' ELSE 'audit' END AS kind
    FROM "AuditEvent" a LEFT JOIN "Incident" i ON i.id = a."incidentId" LEFT JOIN "User" u ON u.id = a."actorId"
    WHERE (a.reason ILIKE ${p.plain} OR ${jsonHoldsSql(Prisma.sql`a.changes`, p)}) AND ${auditScopeSql(scope)}`;
}

async function findInAudit(tx: Db, scope: ErasureScope, p: Patterns) {
  const rows = await tx.$queryRaw<{ kind: "audit" | "export"; action: AuditAction; createdAt: Date; reason: string | null; inReason: boolean; hit: string | null; reference: string | null; total: number }[]>`
    WITH ranked AS (
      SELECT h.*, row_number() OVER (PARTITION BY kind ORDER BY h."createdAt" DESC, h.id DESC) AS rank, count(*) OVER (PARTITION BY kind) AS total
      FROM (${auditHitsSql(scope, p)}) h)
    SELECT r.kind, r.action, r."createdAt", r.reason, r.reason ILIKE ${p.plain} AS "inReason", r.reference, r.total::int, ${jsonFirstHitSql(Prisma.sql`r.changes`, p)} AS hit
    FROM ranked r WHERE r.rank <= ${HITS_SHOWN} ORDER BY r."createdAt" DESC, r.id DESC`;
  return rows.map((r) => {
    const field = r.inReason ? "reason" : "changes";
    const value = field === "reason" ? r.reason! : r.hit!;
    return { kind: r.kind, total: r.total, hit: { label: r.reference, field, excerpt: excerptAround(value, p.text), at: r.createdAt, action: r.action } satisfies MentionHit };
  });
}

/** Saved searches (their name or their text) that hold the text, in the scope. */
export function savedSearchHitsSql(scope: ErasureScope, p: Patterns) {
  return Prisma.sql`SELECT f.id, f.name, f.params, f."createdAt", u.email
    FROM "SavedFilter" f JOIN "User" u ON u.id = f."userId"
    WHERE (f.name ILIKE ${p.plain} OR ${jsonHoldsSql(Prisma.sql`f.params`, p)}) AND ${savedSearchScopeSql(scope)}`;
}

async function findInSavedSearches(tx: Db, scope: ErasureScope, p: Patterns): Promise<Mentions> {
  const rows = await tx.$queryRaw<{ name: string | null; hit: string | null; createdAt: Date; email: string; total: number }[]>`
    SELECT s.name, s."createdAt", s.email, count(*) OVER ()::int AS total, ${jsonFirstHitSql(Prisma.sql`s.params`, p)} AS hit
    FROM (${savedSearchHitsSql(scope, p)}) s ORDER BY s."createdAt" DESC, s.id LIMIT ${HITS_SHOWN}`;
  const hits = rows.map((r): MentionHit => {
    const field = r.hit === null ? "name" : "search";
    return { label: r.email, field, excerpt: excerptAround(field === "name" ? r.name! : r.hit!, p.text), at: r.createdAt };
  });
  return { total: rows[0]?.total ?? 0, hits };
}

/** Where the text is, in a scope already checked: counts of every kind, and the first hits of each. */
export async function mentionsIn(tx: Db, scope: ErasureScope, text: string): Promise<MentionReport> {
  const p = patternsOf(text);
  const [cases, audit, savedSearch] = await Promise.all([findInCases(tx, scope, p), findInAudit(tx, scope, p), findInSavedSearches(tx, scope, p)]);
  const ofKind = (kind: "audit" | "export"): Mentions => {
    const rows = audit.filter((r) => r.kind === kind);
    return { total: rows[0]?.total ?? 0, hits: rows.map((r) => r.hit) };
  };
  return { case: { total: cases.total, hits: cases.hits }, audit: ofKind("audit"), export: ofKind("export"), savedSearch, cases: cases.cases, occurrences: cases.occurrences };
}

/**
 * Every place the text occurs (any case; % and _ literal) that an erasure would reach: case fields, audit
 * events (EXPORT events apart: an export is not kept as a file, its event records its filters and search),
 * saved searches. Bounded: counts, and the first HITS_SHOWN hits of each kind, newest first.
 */
export async function findMentions(admin: SessionUser, rawText: unknown): Promise<MentionReport> {
  const text = erasureTextSchema.parse(rawText);
  const scope = await erasureScope(admin);
  return mentionsIn(db, scope, text);
}
