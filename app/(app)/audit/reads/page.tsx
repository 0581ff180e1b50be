import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { isolated } from "@/components/i18n/isolated";
import { UserReadsForm } from "@/components/reads/user-reads-form";
import { UserReadsTable } from "@/components/reads/user-reads-table";
import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/or-not-found";
import type { SessionUser } from "@/lib/data/users";
import { findUserReads, listReaderChoices } from "@/lib/data/reads/user-reads";
import { type UserReadsFilter, userReadsFilterSchema, userReadsQuery, withDefaultPeriod } from "@/lib/schemas/audit-filter";

type Props = { searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata() {
  const t = await getTranslations("reads");
  return { title: t("title") };
}

/** A user of another organization (or none at all) looks missing. */
async function readsOf(user: SessionUser, filter: UserReadsFilter) {
  return filter.user ? orNotFound(findUserReads(user, { ...filter, user: filter.user })) : undefined;
}

export default async function UserReadsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "audit:view")) notFound();
  const filter = withDefaultPeriod(userReadsFilterSchema.parse(await searchParams));
  const [choices, reads, t, format] = await Promise.all([listReaderChoices(user), readsOf(user, filter), getTranslations("reads"), getFormatter()]);
  // The period's ends are UTC days, as the audit log's: shown as the days they are, whatever the reader's zone.
  const utcDay = (day?: string) => (day ? format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "…");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t.rich("intro", { organization: user.organizationName, bdi: isolated })}</p>
      <p><Link href="/audit">{t("backToAudit")}</Link></p>
      <UserReadsForm filter={filter} choices={choices} />
      {reads ? (
        <section aria-labelledby="reads-heading">
          <h2 id="reads-heading">
            {t.rich("heading", { name: reads.reader.name, from: utcDay(filter.from), to: utcDay(filter.to), bdi: isolated })}
          </h2>
          <p className="muted">{t("total", { total: reads.total, capped: reads.isCapped ? "yes" : "no" })}</p>
          <UserReadsTable rows={reads.rows} />
          <Pagination page={reads.page} pageCount={reads.pageCount} hrefFor={(p) => `/audit/reads${userReadsQuery(filter, p)}`} />
        </section>
      ) : (
        <p className="empty card">{t("chooseUserFirst")}</p>
      )}
    </>
  );
}
