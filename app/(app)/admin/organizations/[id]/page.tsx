import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrganizationForm } from "@/components/admin/organization-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getManagedOrganization } from "@/lib/data/organizations-admin";
import { orNotFound } from "../../or-not-found";

export const metadata: Metadata = { title: "Edit organization" };

export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireUser();
  if (!can(admin, "organizations:manage")) notFound();
  const { id } = await params;
  const organization = await orNotFound(getManagedOrganization(admin, id));
  return (
    <>
      <h1>{organization.name}</h1>
      <OrganizationForm organization={{ id: organization.id, name: organization.name, shortName: organization.shortName, country: organization.country }} />
    </>
  );
}
