import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { isolated } from "@/components/i18n/isolated";
import { DeletedCases } from "@/components/retention/deleted-cases";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getPrivacySettings } from "@/lib/data/privacy-settings";
import { findDeletedIncidents } from "@/lib/data/retention/find-deleted-incidents";
import { pageNumberSchema } from "@/lib/schemas/page-number";

type Props = { searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata() {
  const t = await getTranslations("deletedCasesPage");
  return { title: t("title") };
}

export default async function DeletedCasesPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "incident:restore")) notFound();
  const [{ rows, page, pageCount }, { restoreDays }, t] = await Promise.all([
    findDeletedIncidents(user, pageNumberSchema.parse((await searchParams).page)), getPrivacySettings(user.organizationId), getTranslations("deletedCasesPage"),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t.rich("intro", { organization: user.organizationName, days: restoreDays, bdi: isolated })}</p>
      <ClientMessages namespaces={["deletedCases"]}>
        <DeletedCases key={page} rows={rows} />
      </ClientMessages>
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => (p > 1 ? `/incidents/deleted?page=${p}` : "/incidents/deleted")} />
    </>
  );
}
