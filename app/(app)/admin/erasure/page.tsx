import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { isolated } from "@/components/i18n/isolated";
import { ErasureTool } from "@/components/privacy/erasure-tool";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";

export async function generateMetadata() {
  const t = await getTranslations("erasurePage");
  return { title: t("title") };
}

export default async function ErasurePage() {
  const admin = await requireUser();
  if (!can(admin, "privacy:erase")) notFound();
  const [scope, t] = await Promise.all([getAdminScope(admin), getTranslations("erasurePage")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{scope.isPlatformOperator ? t("scopeAll") : t.rich("scopeOwn", { organization: admin.organizationName, bdi: isolated })}</p>
      <p className="muted">{t("intro")}</p>
      <ClientMessages namespaces={["erasure", "audit"]}>
        <ErasureTool />
      </ClientMessages>
    </>
  );
}
