import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { OrganizationTable } from "@/components/admin/organization-table";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";
import { findManagedOrganizations } from "@/lib/data/organizations-admin";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("organizations") };
}

export default async function OrganizationsPage() {
  const admin = await requireUser();
  if (!can(admin, "organizations:manage")) notFound();
  const [organizations, scope, t] = await Promise.all([findManagedOrganizations(admin), getAdminScope(admin), getTranslations("admin")]);
  return (
    <>
      <div className="page-heading">
        <h1>{t("organizations")}</h1>
        {scope.isPlatformOperator && <Link className="button" href="/admin/organizations/new">{t("addOrganization")}</Link>}
      </div>
      {!scope.isPlatformOperator && <p className="muted">{t("organizationsIntro")}</p>}
      <OrganizationTable organizations={organizations} />
    </>
  );
}
