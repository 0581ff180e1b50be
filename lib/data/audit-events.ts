import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/data/admin-scope";
import { likeLiteral } from "@/lib/data/like-pattern";
import type { SessionUser } from "@/lib/data/users";
import type { AuditFilter } from "@/lib/schemas/audit-filter";

export const AUDIT_PAGE_SIZE = 50;
/** Counting stops past this: with every reading of a case an event, counting all of them cost a page a second. */
export const AUDIT_COUNT_CAP = 1_000;
const LAST_PAGE = Math.ceil(AUDIT_COUNT_CAP / AUDIT_PAGE_SIZE);
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An organization's audit trail: events recorded for it, about its incidents, or by its members (failed
 * sign-ins carry no organization of their own).
 */
function auditScope(user: SessionUser): Prisma.AuditEventWhereInput {
  const organizationId = user.organizationId;
  return { OR: [{ organizationId }, { incident: { organizationId } }, { actor: { organizationId } }] };
}

/** Events of a period of whole days in UTC, "to" included; either end may be open. */
export function periodWhere({ from, to }: { from?: string; to?: string }): Prisma.AuditEventWhereInput[] {
  return [
    ...(from ? [{ createdAt: { gte: new Date(`${from}T00:00:00Z`) } }] : []),
    ...(to ? [{ createdAt: { lt: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS) } }] : []),
  ];
}

function filterWhere(filter: AuditFilter): Prisma.AuditEventWhereInput[] {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (filter.actor) {
    const contains = { contains: likeLiteral(filter.actor), mode: "insensitive" } as const;
    where.push({ actor: { OR: [{ name: contains }, { email: contains }] } });
  }
  if (filter.action) where.push({ action: filter.action });
  where.push(...periodWhere(filter));
  if (filter.incident) where.push({ incident: { reference: { contains: likeLiteral(filter.incident), mode: "insensitive" } } });
  return where;
}

const eventColumns = {
  id: true, createdAt: true, action: true, entityType: true, entityId: true, changes: true, reason: true,
  actor: { select: { name: true, email: true } }, incident: { select: { reference: true } },
} as const satisfies Prisma.AuditEventSelect;

/** Readable names for the users, vessels and organizations the events are about (three queries per page). */
async function entityLabels(events: { entityType: string; entityId: string | null }[]) {
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.entityType === type && e.entityId && isUuid(e.entityId)).map((e) => e.entityId!))];
  const [users, vessels, organizations] = await Promise.all([
    db.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, email: true } }),
    db.vessel.findMany({ where: { id: { in: idsOf("Vessel") } }, select: { id: true, name: true } }),
    // An organization's privacy settings are recorded under its id.
    db.organization.findMany({ where: { id: { in: [...idsOf("Organization"), ...idsOf("PrivacySettings")] } }, select: { id: true, shortName: true } }),
  ]);
  return new Map<string, string>([
    ...users.map((u) => [u.id, u.email] as const),
    ...vessels.map((v) => [v.id, v.name] as const),
    ...organizations.map((o) => [o.id, o.shortName] as const),
  ]);
}

/**
 * One page of events, newest first, and their total counted up to AUDIT_COUNT_CAP; the pages past it are
 * empty (narrower filters reach older events).
 */
export async function findAuditPage<S extends Prisma.AuditEventSelect>(where: Prisma.AuditEventWhereInput, select: S, page: number) {
  const [events, counted] = await Promise.all([
    page > LAST_PAGE ? [] : db.auditEvent.findMany({ where, select, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db.auditEvent.count({ where, take: AUDIT_COUNT_CAP + 1 }),
  ]);
  const total = Math.min(counted, AUDIT_COUNT_CAP);
  return { events: events as Prisma.AuditEventGetPayload<{ select: S }>[], total, isCapped: counted > AUDIT_COUNT_CAP, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

export async function findAuditEvents(user: SessionUser, filter: AuditFilter) {
  if (!can(user, "audit:view")) throw new AppError("forbidden");
  const where: Prisma.AuditEventWhereInput = { AND: [auditScope(user), ...filterWhere(filter)] };
  const { events, ...counts } = await findAuditPage(where, eventColumns, filter.page);
  const labels = await entityLabels(events);
  const rows = events.map(({ id, entityId, incident, ...event }) => ({
    ...event,
    id: id.toString(),
    entityId,
    entityLabel: incident?.reference ?? (entityId ? labels.get(entityId) : undefined) ?? null,
  }));
  return { rows, ...counts };
}

export type AuditEventRow = Awaited<ReturnType<typeof findAuditEvents>>["rows"][number];
