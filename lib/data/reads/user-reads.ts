import "server-only";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { periodWhere } from "@/lib/data/audit-events";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import type { UserReadsFilter } from "@/lib/schemas/audit-filter";
import { readKindOf } from "./read-kind";

export const USER_READS_PAGE_SIZE = 50;
/** Counting stops past this: the page says "more than", rather than count a year of a busy user's reads. */
export const USER_READS_COUNT_CAP = 10_000;

type Export = { filters: string | null; rows: number | null; layout: string | null };

function exportDetails(changes: unknown): Export {
  const details = (changes ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  return { filters: text(details.filters), rows: typeof details.rows === "number" ? details.rows : null, layout: text(details.layout) };
}

/** The users whose reads a coordinator or admin may list: their own organization's, the inactive ones too. */
export async function listReaderChoices(viewer: SessionUser) {
  if (!can(viewer, "audit:view")) throw new AppError("forbidden");
  return db.user.findMany({ where: { organizationId: viewer.organizationId }, select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }] });
}

/**
 * Everything a user read in a period, newest first: the cases they opened, printed or reported on, and
 * their exports (filter, rows). For the coordinators and admins of the user's own organization alone: any
 * other user is not found. Paged; the total is counted up to USER_READS_COUNT_CAP.
 */
export async function findUserReads(viewer: SessionUser, filter: UserReadsFilter & { user: string }) {
  if (!can(viewer, "audit:view")) throw new AppError("forbidden");
  const reader = await db.user.findFirst({ where: { id: filter.user, organizationId: viewer.organizationId }, select: { id: true, name: true, email: true } });
  if (!reader) throw new AppError("not-found");
  const where = { actorId: reader.id, action: { in: ["READ" as const, "EXPORT" as const] }, AND: periodWhere(filter) };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * USER_READS_PAGE_SIZE,
      take: USER_READS_PAGE_SIZE,
      select: { id: true, createdAt: true, action: true, changes: true, reason: true, incident: { select: { id: true, reference: true } } },
    }),
    db.auditEvent.count({ where, take: USER_READS_COUNT_CAP + 1 }),
  ]);
  const rows = events.map(({ id, createdAt, action, changes, reason, incident }) =>
    action === "READ"
      ? { id: id.toString(), at: createdAt, action: "READ" as const, kind: readKindOf(changes), incident }
      : { id: id.toString(), at: createdAt, action: "EXPORT" as const, export: exportDetails(changes), reason },
  );
  const pageCount = Math.max(1, Math.ceil(Math.min(total, USER_READS_COUNT_CAP) / USER_READS_PAGE_SIZE));
  return { reader, rows, total: Math.min(total, USER_READS_COUNT_CAP), isCapped: total > USER_READS_COUNT_CAP, page: filter.page, pageCount };
}

export type UserReads = Awaited<ReturnType<typeof findUserReads>>;
export type UserReadRow = UserReads["rows"][number];
