import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/components/ui/link";
import { FullExportForm } from "@/components/incidents/full-export-form";
import { IncidentFilterForm } from "@/components/incidents/incident-filters";
import { IncidentSearchForm } from "@/components/incidents/incident-search";
import { SavedFilters } from "@/components/incidents/saved-filters";
import { IncidentTable } from "@/components/incidents/incident-table";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getFilterOptions } from "@/lib/data/filter-options";
import { findIncidents } from "@/lib/data/incidents/find-incidents";
import { findSavedFilters } from "@/lib/data/saved-filters/saved-filters";
import { filtersToSearchParams, parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { isolated } from "@/components/i18n/isolated";
import { getSharingSettings } from "@/lib/data/privacy-settings";

// The organization's name keeps its own direction inside a sentence of the other (a Latin name in Arabic).

export async function generateMetadata() {
  const t = await getTranslations("incidentList");
  return { title: t("title") };
}

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireUser();
  const filters = parseIncidentFilters(await searchParams);
  const [{ rows, total, isTotalCapped, page, pageCount, search, searchText }, options, saved, sharing] = await Promise.all([
    findIncidents(user, filters), getFilterOptions(), findSavedFilters(user), can(user, "incident:export") ? getSharingSettings(user) : null,
  ]);
  const t = await getTranslations("incidentList");
  // A search id that is not the user's is dropped from every link, as the data layer ignored it.
  const shown = { ...filters, search };
  const hrefFor = (p: number) => `/incidents?${filtersToSearchParams({ ...shown, page: p })}`;
  const exportQuery = filtersToSearchParams({ ...shown, page: 1 }).toString();
  const counted = { total, organization: user.organizationName, search: searchText ? "yes" : "no", bdi: isolated };
  return (
    <>
      <div className="page-heading">
        <h1>{t("title")}</h1>
        {can(user, "incident:export") && (
          <span className="export-links">
            <a className="button button-quiet" href={`/api/incidents/export?${exportQuery}`} download>{t("exportCsv")}</a>
            <a className="button button-quiet" href={`/api/incidents/export?${exportQuery}&format=xlsx`} download>{t("exportExcel")}</a>
            <Link href={`/help/csv?${exportQuery}`}>{t("otherCsvFormats")}</Link>
          </span>
        )}
        {can(user, "incident:restore") && <Link href="/incidents/deleted">{t("deletedCases")}</Link>}
        {can(user, "incident:create") && <Link className="button" href="/incidents/new">{t("newIncident")}</Link>}
      </div>
      {sharing && <p className="muted">{t("shareableNote", { threshold: sharing.suppressionThreshold, degrees: sharing.positionRoundingDegrees })}</p>}
      {can(user, "incident:export-full") && (
        <ClientMessages namespaces={["exportForm"]}><FullExportForm href={`/api/incidents/export?${exportQuery}`} /></ClientMessages>
      )}
      {/* One provider for the search and save forms, the client parts among these. */}
      <ClientMessages namespaces={["incidentList"]}>
        <IncidentSearchForm text={searchText} filters={filtersToSearchParams({ ...shown, page: 1, search: undefined }).toString()} />
        {/* Keyed by the query: a sort link's navigation keeps the page, and the form must show the new choices. */}
        <IncidentFilterForm key={exportQuery} action="/incidents" filters={shown} options={options} />
        <p className="muted" role="status">
          {isTotalCapped ? t.rich("matchingCapped", counted) : t.rich("matching", counted)}
          {isTotalCapped && <> {filters.sort === "relevance" ? t("cappedRelevance", { total }) : t("cappedHint")}</>}
        </p>
        <SavedFilters saved={saved} filters={exportQuery} />
      </ClientMessages>
      <IncidentTable rows={rows} sort={filters.sort} hrefForSort={(sort) => `/incidents?${filtersToSearchParams({ ...shown, page: 1, sort })}`} />
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </>
  );
}
