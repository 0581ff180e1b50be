import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { VesselTable } from "@/components/admin/vessel-table";
import { isolated } from "@/components/i18n/isolated";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";
import { findManagedVessels } from "@/lib/data/vessels-admin";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("vessels") };
}

export default async function VesselsPage() {
  const admin = await requireUser();
  if (!can(admin, "vessels:manage")) notFound();
  const [vessels, scope, t] = await Promise.all([findManagedVessels(admin), getAdminScope(admin), getTranslations("admin")]);
  return (
    <>
      <div className="page-heading">
        <h1>{t("vessels")}</h1>
        <Link className="button" href="/admin/vessels/new">{t("addVessel")}</Link>
      </div>
      <p className="muted">{scope.isPlatformOperator ? t("vesselsOfAll") : t.rich("vesselsOf", { organization: admin.organizationName, bdi: isolated })}</p>
      <VesselTable vessels={vessels} showOrganization={scope.isPlatformOperator} />
    </>
  );
}
