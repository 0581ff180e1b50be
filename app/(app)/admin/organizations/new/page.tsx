import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrganizationForm } from "@/components/admin/organization-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";

export const metadata: Metadata = { title: "Add organization" };

export default async function NewOrganizationPage() {
  const admin = await requireUser();
  if (!can(admin, "organizations:manage") || !(await getAdminScope(admin)).isPlatformOperator) notFound();
  return (
    <>
      <h1>Add organization</h1>
      <OrganizationForm />
    </>
  );
}
