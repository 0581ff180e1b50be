import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { OrganizationTable } from "@/components/admin/organization-table";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";
import { findManagedOrganizations } from "@/lib/data/organizations-admin";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage() {
  const admin = await requireUser();
  if (!can(admin, "organizations:manage")) notFound();
  const [organizations, scope] = await Promise.all([findManagedOrganizations(admin), getAdminScope(admin)]);
  return (
    <>
      <div className="page-heading">
        <h1>Organizations</h1>
        {scope.isPlatformOperator && <Link className="button" href="/admin/organizations/new">Add organization</Link>}
      </div>
      {!scope.isPlatformOperator && <p className="muted">You can edit your own organization. New organizations are added by the platform operator.</p>}
      <OrganizationTable organizations={organizations} />
    </>
  );
}
