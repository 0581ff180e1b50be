import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { VesselTable } from "@/components/admin/vessel-table";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";
import { findManagedVessels } from "@/lib/data/vessels-admin";

export const metadata: Metadata = { title: "Vessels" };

export default async function VesselsPage() {
  const admin = await requireUser();
  if (!can(admin, "vessels:manage")) notFound();
  const [vessels, scope] = await Promise.all([findManagedVessels(admin), getAdminScope(admin)]);
  return (
    <>
      <div className="page-heading">
        <h1>Vessels</h1>
        <Link className="button" href="/admin/vessels/new">Add vessel</Link>
      </div>
      <p className="muted">{scope.isPlatformOperator ? "Vessels of every organization." : `Vessels operated by ${admin.organizationName}.`}</p>
      <VesselTable vessels={vessels} showOrganization={scope.isPlatformOperator} />
    </>
  );
}
