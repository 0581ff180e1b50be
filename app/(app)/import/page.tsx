import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { isolated } from "@/components/i18n/isolated";
import { ImportForm } from "@/components/import/import-form";
import { RecentImports } from "@/components/import/recent-imports";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { recentImportJobs } from "@/lib/data/import/jobs/import-jobs";

export async function generateMetadata() {
  const t = await getTranslations("import");
  return { title: t("title") };
}

export default async function ImportPage() {
  const [user, t, tProblems] = await Promise.all([requireUser(), getTranslations("import"), getTranslations("validation.import")]);
  if (!can(user, "incident:import")) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="alert">{tProblems("notAllowed")}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t.rich("intro", { link: (chunks: ReactNode) => <Link href="/incidents">{chunks}</Link> })}</p>
      <ul className="muted">
        <li>{t.rich("ruleOrganization", { organization: user.organizationName, bdi: isolated })}</li>
        <li>{t("ruleStatus")}</li>
        <li>{t("ruleIom")}</li>
        <li>{t("ruleStory")}</li>
        <li>{t("ruleMapping")}</li>
      </ul>
      <ClientMessages namespaces={["import"]}>
        <ImportForm canCreateNames={can(user, "vessels:manage") && can(user, "organizations:manage")} />
      </ClientMessages>
      <RecentImports jobs={await recentImportJobs(user)} />
    </>
  );
}
