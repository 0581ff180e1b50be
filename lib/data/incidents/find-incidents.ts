import "server-only";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { readableIncidents } from "@/lib/data/incidents/scope";

export const PAGE_SIZE = 25;

const listColumns = {
  id: true, reference: true, occurredAt: true, status: true, organizationId: true,
  latitude: true, longitude: true, positionText: true, rescued: true, dead: true, missing: true,
  vessel: { select: { name: true } },
} as const;

export async function findIncidents(user: SessionUser, { page }: { page: number }) {
  if (!can(user, "incident:list")) throw new AppError("forbidden");
  const where = readableIncidents(user);
  const [rows, total] = await Promise.all([
    db.incident.findMany({ where, select: listColumns, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.incident.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export type IncidentListRow = Awaited<ReturnType<typeof findIncidents>>["rows"][number];
