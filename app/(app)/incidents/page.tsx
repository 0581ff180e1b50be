import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
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

export const metadata: Metadata = { title: "Incidents" };

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireUser();
  const filters = parseIncidentFilters(await searchParams);
  const [{ rows, total, isTotalCapped, page, pageCount, search, searchText }, options, saved] = await Promise.all([
    findIncidents(user, filters), getFilterOptions(), findSavedFilters(user),
  ]);
  // A search id that is not the user's is dropped from every link, as the data layer ignored it.
  const shown = { ...filters, search };
  const hrefFor = (p: number) => `/incidents?${filtersToSearchParams({ ...shown, page: p })}`;
  const exportQuery = filtersToSearchParams({ ...shown, page: 1 }).toString();
  return (
    <>
      <div className="page-heading">
        <h1>Incidents</h1>
        {can(user, "incident:export") && (
          <span className="export-links">
            <a className="button button-quiet" href={`/api/incidents/export?${exportQuery}`} download>Export CSV</a>
            <Link href={`/help/csv?${exportQuery}`}>Other CSV formats</Link>
          </span>
        )}
        {can(user, "incident:create") && <Link className="button" href="/incidents/new">New incident</Link>}
      </div>
      <IncidentSearchForm text={searchText} filters={filtersToSearchParams({ ...shown, page: 1, search: undefined }).toString()} />
      {/* Keyed by the query: a sort link's navigation keeps the page, and the form must show the new choices. */}
      <IncidentFilterForm key={exportQuery} action="/incidents" filters={shown} options={options} />
      <p className="muted" role="status">
        {isTotalCapped ? "More than " : ""}
        {total.toLocaleString("en")} incidents of {user.organizationName} and its partners match{searchText ? " the search" : ""}.
        {isTotalCapped && (filters.sort === "relevance" ? ` Best match ranks the newest ${total.toLocaleString("en")} of them; add words or filters to narrow the search.` : " Add words or filters to narrow the search.")}
      </p>
      <SavedFilters saved={saved} filters={exportQuery} />
      <IncidentTable rows={rows} sort={filters.sort} hrefForSort={(sort) => `/incidents?${filtersToSearchParams({ ...shown, page: 1, sort })}`} />
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </>
  );
}
