import "server-only";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { findAuditPage, periodWhere } from "@/lib/data/audit-events";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import type { UserReadsFilter } from "@/lib/schemas/audit-filter";
import { readKindOf } from "./read-kind";

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
 * other user is not found. Paged as the audit log is (findAuditPage).
 */
export async function findUserReads(viewer: SessionUser, filter: UserReadsFilter & { user: string }) {
  if (!can(viewer, "audit:view")) throw new AppError("forbidden");
  const reader = await db.user.findFirst({ where: { id: filter.user, organizationId: viewer.organizationId }, select: { id: true, name: true, email: true } });
  if (!reader) throw new AppError("not-found");
  const where = { actorId: reader.id, action: { in: ["READ" as const, "EXPORT" as const] }, AND: periodWhere(filter) };
  const select = { id: true, createdAt: true, action: true, changes: true, reason: true, incident: { select: { id: true, reference: true } } } as const;
  const { events, ...counts } = await findAuditPage(where, select, filter.page);
  const rows = events.map(({ id, createdAt, action, changes, reason, incident }) =>
    action === "READ"
      ? { id: id.toString(), at: createdAt, action: "READ" as const, kind: readKindOf(changes), incident }
      : { id: id.toString(), at: createdAt, action: "EXPORT" as const, export: exportDetails(changes), reason },
  );
  return { reader, rows, ...counts };
}

export type UserReads = Awaited<ReturnType<typeof findUserReads>>;
export type UserReadRow = UserReads["rows"][number];
