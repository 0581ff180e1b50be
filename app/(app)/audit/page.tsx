import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { isolated } from "@/components/i18n/isolated";
import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { findAuditEvents } from "@/lib/data/audit-events";
import { auditFilterQuery, auditFilterSchema } from "@/lib/schemas/audit-filter";

type Props = { searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ searchParams }: Props) {
  const { incident } = auditFilterSchema.parse(await searchParams);
  const t = await getTranslations("audit");
  return { title: incident ? t("titleFor", { incident }) : t("title") };
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "audit:view")) notFound();
  const filter = auditFilterSchema.parse(await searchParams);
  const [{ rows, total, isCapped, page, pageCount }, t] = await Promise.all([findAuditEvents(user, filter), getTranslations("audit")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t.rich("intro", { total, capped: isCapped ? "yes" : "no", organization: user.organizationName, bdi: isolated })}</p>
      <p><Link href="/audit/reads">{t("readsLink")}</Link></p>
      <AuditFilterForm key={auditFilterQuery(filter, 1)} filter={filter} />
      <AuditTable rows={rows} />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/audit${auditFilterQuery(filter, p)}`} />
    </>
  );
}
