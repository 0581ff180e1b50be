import { IncidentStatus } from "@/generated/prisma/enums";
import type { FilterOptions } from "@/lib/data/filter-options";
import { BOAT_TYPE_LABELS, STATUS_LABELS } from "@/lib/labels";
import { PERIODS, SAR_REGION_FILTERS, SORTS, type IncidentFilters } from "@/lib/schemas/incident-filters";
import { IOM_REGIONS, IOM_ROUTES } from "@/lib/schemas/incident-vocabulary";
import { OUTCOME_LABELS, PHASE_LABELS } from "@/lib/timeline/labels";
import { SelectFilter } from "./select-filter";

const PERIOD_LABELS: Record<(typeof PERIODS)[number], string> = {
  all: "All time", "this-month": "This month", "this-year": "This year", "last-12-months": "Last 12 months", custom: "Custom range",
};
const SORT_LABELS: Record<(typeof SORTS)[number], string> = {
  newest: "Newest first", oldest: "Oldest first", "most-rescued": "Most rescued", "most-dead-missing": "Most dead + missing", relevance: "Best match",
};
const list = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The filters as a plain GET form: they live in the URL and work without JavaScript. */
export function IncidentFilterForm({ action, filters, options, showSort = true }: { action: string; filters: IncidentFilters; options: FilterOptions; showSort?: boolean }) {
  return (
    <form className="filters card" method="get" action={action} role="search" aria-label="Filters">
      {filters.search && <input type="hidden" name="search" value={filters.search} />}
      <SelectFilter name="period" label="Period" value={filters.period} options={labelled(PERIOD_LABELS)} />
      <div className="field">
        <label htmlFor="filter-from">From</label>
        <input id="filter-from" type="date" name="from" defaultValue={filters.from} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">To</label>
        <input id="filter-to" type="date" name="to" defaultValue={filters.to} />
      </div>
      <SelectFilter name="organization" label="Organization" value={filters.organization} options={options.organizations.map((o) => ({ value: o.id, label: o.name }))} />
      <SelectFilter name="vessel" label="Vessel" value={filters.vessel} options={options.vessels.map((v) => ({ value: v.id, label: v.name }))} />
      <SelectFilter name="sarRegion" label="SAR region" value={filters.sarRegion} options={SAR_REGION_FILTERS.map((value) => ({ value, label: value === "none" ? "None" : value }))} />
      <SelectFilter name="region" label="Region" value={filters.region} options={list(IOM_REGIONS)} />
      <SelectFilter name="route" label="Route" value={filters.route} options={list(IOM_ROUTES)} />
      <SelectFilter name="boatType" label="Boat type" value={filters.boatType} options={labelled(BOAT_TYPE_LABELS)} />
      <SelectFilter name="outcome" label="Outcome" value={filters.outcome} options={[...labelled(OUTCOME_LABELS), { value: "none", label: "Not recorded" }]} />
      <SelectFilter name="phase" label="Phase" value={filters.phase} options={labelled(PHASE_LABELS)} />
      {showSort && <SelectFilter name="sort" label="Sort" value={filters.sort} options={labelled(SORT_LABELS)} isRequired />}
      <fieldset className="filter-statuses">
        <legend>Status</legend>
        {Object.values(IncidentStatus).map((status) => (
          <label key={status}>
            <input type="checkbox" name="status" value={status} defaultChecked={filters.status.includes(status)} /> {STATUS_LABELS[status]}
          </label>
        ))}
      </fieldset>
      <div className="filter-actions">
        <button className="button" type="submit">Apply filters</button>
        <a href={action}>Reset</a>
      </div>
    </form>
  );
}

