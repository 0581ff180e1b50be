import { Link } from "@/components/ui/link";
import type { Breakdown, BreakdownDimension, BreakdownRow } from "@/lib/data/dashboard/get-breakdowns";
import { filtersToSearchParams, SAR_REGION_FILTERS, type IncidentFilters } from "@/lib/schemas/incident-filters";
import { EmptyState } from "./empty-state";
import { formatNumber } from "./format";
import { TableScroll } from "@/components/ui/table-scroll";

// The incident list filter each breakdown can drill into; causes and partners have none.
const LIST_FILTER: Partial<Record<BreakdownDimension, "vessel" | "organization" | "boatType" | "sarRegion" | "outcome">> = {
  vessel: "vessel", organization: "organization", boatType: "boatType", sarRegion: "sarRegion", outcome: "outcome",
};

function listHref(filters: IncidentFilters, dimension: BreakdownDimension, row: BreakdownRow) {
  const param = LIST_FILTER[dimension];
  const value = dimension === "sarRegion" || dimension === "outcome" ? (row.key ?? "none") : row.key;
  if (!param || row.isOther || value === null) return null;
  if (dimension === "sarRegion" && !(SAR_REGION_FILTERS as readonly string[]).includes(value)) return null;
  return `/incidents?${filtersToSearchParams({ ...filters, [param]: value, page: 1 })}`;
}

function BreakdownTable({ breakdown, filters }: { breakdown: Breakdown; filters: IncidentFilters }) {
  const { id, title, column, rows, isMultiValued } = breakdown;
  const max = Math.max(1, ...rows.map((r) => r.incidents));
  const hasUnknown = rows.some((r) => r.unknown > 0);
  return (
    <section className="card breakdown" aria-labelledby={`breakdown-${id}`}>
      <h3 id={`breakdown-${id}`}>{title}</h3>
      {isMultiValued && <p className="muted breakdown-note">An incident with several values counts under each of them (once in &ldquo;Other&rdquo;).</p>}
      {rows.length === 0 ? (
        <p className="muted">{id === "causeOfDeath" ? "No incident with deaths matches." : "Nothing to show."}</p>
      ) : (
        <TableScroll label={`Incidents ${title.charAt(0).toLowerCase()}${title.slice(1)}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{column}</th>
                <th scope="col" className="num">Incidents</th>
                <th scope="col" className="num">Rescued</th>
                <th scope="col" className="num">Dead + missing</th>
                {hasUnknown && <th scope="col" className="num">Dead or missing unknown</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const href = listHref(filters, id, row);
                const label = row.isOther ? `Other (${formatNumber(row.groups)})` : row.label;
                return (
                  <tr key={row.isOther ? "other" : (row.key ?? "none")}>
                    <th scope="row">{href ? <Link href={href}>{label}</Link> : label}</th>
                    <td className="num breakdown-count">
                      <span className="bar" aria-hidden="true" style={{ width: `${Math.round((row.incidents / max) * 1000) / 10}%` }} />
                      {formatNumber(row.incidents)}
                    </td>
                    <td className="num">{formatNumber(row.rescued)}</td>
                    <td className="num">{formatNumber(row.deadMissing)}</td>
                    {hasUnknown && <td className="num">{formatNumber(row.unknown)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** Top 10 + "Other" per dimension, as tables with a bar per row; groups link to the incident list where a filter exists. */
export async function BreakdownTables({ data, filters }: { data: Promise<Breakdown[]>; filters: IncidentFilters }) {
  const breakdowns = await data;
  if (breakdowns.every((b) => b.rows.length === 0)) return <EmptyState />;
  return (
    <div className="breakdown-grid">
      {breakdowns.map((breakdown) => <BreakdownTable key={breakdown.id} breakdown={breakdown} filters={filters} />)}
    </div>
  );
}
