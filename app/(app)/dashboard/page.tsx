import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { BreakdownTables } from "@/components/dashboard/breakdown-tables";
import { IncidentMap } from "@/components/dashboard/incident-map";
import { KpiCards } from "@/components/dashboard/kpi-cards";
import { MonthlyChart } from "@/components/dashboard/monthly-chart";
import { NationalitiesTable } from "@/components/dashboard/nationalities-table";
import { KpiSkeleton, Skeleton } from "@/components/dashboard/skeletons";
import { StandOffTable } from "@/components/dashboard/stand-off-table";
import { YearOverYearTable } from "@/components/dashboard/year-over-year-table";
import { IncidentFilterForm } from "@/components/incidents/incident-filters";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getBreakdowns } from "@/lib/data/dashboard/get-breakdowns";
import { getDashboardKpis } from "@/lib/data/dashboard/get-kpis";
import { getMapPoints } from "@/lib/data/dashboard/get-map-points";
import { getMonthlySeries } from "@/lib/data/dashboard/get-monthly-series";
import { getNationalities } from "@/lib/data/dashboard/get-nationalities";
import { getStandOff } from "@/lib/data/dashboard/get-stand-off";
import { getYearOverYear } from "@/lib/data/dashboard/get-year-over-year";
import { getFilterOptions } from "@/lib/data/filter-options";
import { getSharingSettings } from "@/lib/data/privacy-settings";
import { forPartners } from "@/lib/privacy/partner-figures";
import { filtersToSearchParams, parseIncidentFilters } from "@/lib/schemas/incident-filters";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dashboard-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireUser();
  if (!can(user, "dashboard:view")) notFound();
  const params = await searchParams;
  const filters = parseIncidentFilters(params);
  // Figures for partners (docs/csv.md): the totals rounded and small ones suppressed after the SQL has
  // summed them; the sections drawn from single cases (series, map, stand-off) are left out.
  const isForPartners = params.figures === "partners";
  // Every query starts now, in parallel, with one clock; each section awaits its own and streams in.
  const now = new Date();
  const kpis = getDashboardKpis(user, filters, now);
  const breakdowns = getBreakdowns(user, filters, now);
  const nationalities = getNationalities(user, filters, now);
  const exact = !isForPartners && {
    monthly: getMonthlySeries(user, filters, now), years: getYearOverYear(user, filters, now),
    map: getMapPoints(user, filters, now), standOff: getStandOff(user, filters, now),
  };
  const [options, { suppressionThreshold: threshold }] = await Promise.all([getFilterOptions(), getSharingSettings(user)]);
  const t = await getTranslations("dashboard");
  const tList = await getTranslations("incidentList");
  const listHref = `/incidents?${filtersToSearchParams({ ...filters, sort: "newest", page: 1 })}`;
  return (
    <>
      <div className="page-heading">
        <h1>{t("title")}</h1>
        <span className="export-links">
          <a href={listHref}>{t("openInList")}</a>
          {can(user, "incident:export") && (
            <a className="button button-quiet" href={`/api/incidents/export?${filtersToSearchParams({ ...filters, page: 1 })}`} download>{tList("exportCsv")}</a>
          )}
        </span>
      </div>
      <IncidentFilterForm action="/dashboard" filters={filters} options={options} showSort={false}>
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" name="figures" value="partners" defaultChecked={isForPartners} aria-describedby="figures-hint" /> {t("forPartners")}
          </label>
          <p id="figures-hint" className="field-hint">{t("forPartnersHint", { threshold })}</p>
        </div>
      </IncidentFilterForm>
      {isForPartners && <p className="muted" role="status">{t("forPartnersNote", { threshold })}</p>}
      <Section id="kpis" title={t("kpis")}>
        <Suspense fallback={<KpiSkeleton label={t("loadingKpis")} />}>
          <KpiCards data={isForPartners ? kpis.then((k) => forPartners.kpis(k, threshold)) : kpis} />
        </Suspense>
      </Section>
      {exact && (
        <>
          <Section id="monthly" title={t("monthly")}>
            <Suspense fallback={<Skeleton label={t("loadingMonthly")} height={300} />}><MonthlyChart data={exact.monthly} /></Suspense>
          </Section>
          <Section id="years" title={t("years")}>
            <Suspense fallback={<Skeleton label={t("loadingYears")} height={200} />}><YearOverYearTable data={exact.years} /></Suspense>
          </Section>
          <Section id="stand-off" title={t("standOff")}>
            <Suspense fallback={<Skeleton label={t("loadingStandOff")} height={200} />}><StandOffTable data={exact.standOff} /></Suspense>
          </Section>
          <Section id="map" title={t("map")}>
            <Suspense fallback={<Skeleton label={t("loadingMap")} height={480} />}><IncidentMap data={exact.map} /></Suspense>
          </Section>
        </>
      )}
      <Section id="breakdowns" title={t("breakdowns")}>
        <Suspense fallback={<Skeleton label={t("loadingBreakdowns")} height={600} />}>
          <BreakdownTables data={isForPartners ? breakdowns.then((b) => forPartners.breakdowns(b, threshold)) : breakdowns} filters={filters} />
        </Suspense>
      </Section>
      <Section id="nationalities" title={t("nationalities")}>
        <Suspense fallback={<Skeleton label={t("loadingNationalities")} height={300} />}>
          <NationalitiesTable data={isForPartners ? nationalities.then((n) => forPartners.nationalities(n, threshold)) : nationalities} />
        </Suspense>
      </Section>
    </>
  );
}
