import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { UserTable } from "@/components/admin/user-table";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";
import { findManagedUsers } from "@/lib/data/admin-users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireUser();
  if (!can(admin, "users:manage")) notFound();
  const [users, scope] = await Promise.all([findManagedUsers(admin), getAdminScope(admin)]);
  return (
    <>
      <div className="page-heading">
        <h1>Users</h1>
        <Link className="button" href="/admin/users/new">Add user</Link>
      </div>
      <p className="muted">{scope.isPlatformOperator ? "Users of every organization." : `Users of ${admin.organizationName}.`}</p>
      <UserTable users={users} showOrganization={scope.isPlatformOperator} />
    </>
  );
}
