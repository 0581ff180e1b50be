import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrganizationForm } from "@/components/admin/organization-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("addOrganization") };
}

export default async function NewOrganizationPage() {
  const admin = await requireUser();
  if (!can(admin, "organizations:manage") || !(await getAdminScope(admin)).isPlatformOperator) notFound();
  const t = await getTranslations("admin");
  return (
    <>
      <h1>{t("addOrganization")}</h1>
      <ClientMessages namespaces={["admin"]}>
        <OrganizationForm />
      </ClientMessages>
    </>
  );
}
