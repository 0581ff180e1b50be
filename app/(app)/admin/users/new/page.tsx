import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";
import { findManagedOrganizations } from "@/lib/data/organizations-admin";

export const metadata: Metadata = { title: "Add user" };

export default async function NewUserPage() {
  const admin = await requireUser();
  if (!can(admin, "users:manage")) notFound();
  const scope = await getAdminScope(admin);
  const organizations = scope.isPlatformOperator ? await findManagedOrganizations(admin) : undefined;
  return (
    <>
      <h1>Add user</h1>
      {!scope.isPlatformOperator && <p className="muted">The new user joins {admin.organizationName}.</p>}
      <UserCreateForm organizations={organizations?.map(({ id, name }) => ({ id, name }))} />
    </>
  );
}
