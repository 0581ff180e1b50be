import "server-only";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";

/**
 * Vessels to choose as the rescuing vessel: every vessel in service (any organization's: coast guards
 * and merchant ships rescue too), the user's organization's first. `keep` adds the incident's current
 * vessel even if it left service, so editing the incident does not silently drop it.
 */
export async function listVesselOptions(user: SessionUser, { keep }: { keep?: string | null } = {}) {
  if (!can(user, "incident:create")) throw new AppError("forbidden");
  const vessels = await db.vessel.findMany({
    where: { OR: [{ isActive: true }, ...(keep ? [{ id: keep }] : [])] },
    select: { id: true, name: true, kind: true, organizationId: true, organization: { select: { shortName: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const isOwn = (v: (typeof vessels)[number]) => v.organizationId === user.organizationId;
  return [...vessels.filter(isOwn), ...vessels.filter((v) => !isOwn(v))].map((v) => ({
    id: v.id, name: v.name, kind: v.kind, organizationShortName: v.organization?.shortName ?? null,
  }));
}

export type VesselOption = Awaited<ReturnType<typeof listVesselOptions>>[number];
