import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/generated/prisma/enums";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  organizationShortName: string;
  mustChangePassword: boolean;
};

/** The user behind a session, or null when deactivated or when the token predates a role or password change. */
export async function getSessionUser(id: string, tokenVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findFirst({
    where: { id, isActive: true, tokenVersion },
    select: {
      id: true, email: true, name: true, role: true, organizationId: true, mustChangePassword: true,
      organization: { select: { name: true, shortName: true } },
    },
  });
  if (!user) return null;
  const { organization, ...rest } = user;
  return { ...rest, organizationName: organization.name, organizationShortName: organization.shortName };
}
