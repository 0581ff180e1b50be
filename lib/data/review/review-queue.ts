import "server-only";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { rollupWhereSql } from "@/lib/data/rollup/rollup-where";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";

/** How many cases the review page lists at once: verifying them brings the next ones up. */
export const REVIEW_PAGE_SIZE = 50;

// The organization's own submitted cases: partners read a case but never verify it.
const toReview = (user: SessionUser) => ({ organizationId: user.organizationId, status: "SUBMITTED" as const, deletedAt: null });

/** The number in the navigation's "To review (n)", from the rollup: it is on every page a coordinator opens. */
export async function countToReview(user: SessionUser): Promise<number> {
  if (!can(user, "incident:review")) return 0;
  const filters = parseIncidentFilters({ status: "SUBMITTED", organization: user.organizationId });
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`
    SELECT COALESCE(sum(r.incidents), 0)::int AS total FROM "IncidentRollup" r
    WHERE ${rollupWhereSql(user, filters, { start: null, end: null })}`;
  return total;
}

/** One page of the submitted cases waiting for the user's review, oldest first, with their count. */
export async function findToReview(user: SessionUser, requestedPage = 1) {
  if (!can(user, "incident:review")) throw new AppError("forbidden");
  const total = await countToReview(user);
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  // Verifying the last page's cases leaves a page number past the end: show the last page then.
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const rows = await db.incident.findMany({
    where: toReview(user),
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    select: {
      id: true, reference: true, version: true, occurredAt: true, positionText: true, rescued: true, dead: true, missing: true,
      vessel: { select: { name: true } }, createdBy: { select: { name: true } },
    },
  });
  return { rows, total, page, pageCount };
}

export type ReviewRow = Awaited<ReturnType<typeof findToReview>>["rows"][number];
