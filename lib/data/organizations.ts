import "server-only";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";

/** Organizations that can be partners on the user's incidents: every one but the user's own. */
export async function listPartnerOptions(user: SessionUser) {
  if (!can(user, "incident:create")) throw new AppError("forbidden");
  return db.organization.findMany({
    where: { id: { not: user.organizationId } },
    select: { id: true, name: true, shortName: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export type PartnerOption = Awaited<ReturnType<typeof listPartnerOptions>>[number];
