import type { SessionUser } from "@/lib/data/users";
import { getAdminScope } from "@/lib/data/admin-scope";
import { findManagedOrganizations } from "@/lib/data/organizations-admin";

/** The organizations a platform operator may pick as a vessel's operator; nothing for other admins, whose vessels are their own. */
export async function operatorChoices(admin: SessionUser) {
  if (!(await getAdminScope(admin)).isPlatformOperator) return undefined;
  return (await findManagedOrganizations(admin)).map(({ id, name }) => ({ id, name }));
}
