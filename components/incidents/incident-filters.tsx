import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BoatType, IncidentOutcome, IncidentPhase, IncidentStatus } from "@/generated/prisma/enums";
import type { FilterOptions } from "@/lib/data/filter-options";
import { PERIODS, SAR_REGION_FILTERS, SORTS, type IncidentFilters } from "@/lib/schemas/incident-filters";
import { IOM_REGIONS, IOM_ROUTES, vocabCase } from "@/lib/schemas/incident-vocabulary";
import { SelectFilter } from "./select-filter";

const optionsOf = (values: readonly string[], label: (value: string) => string) => values.map((value) => ({ value, label: label(value) }));

/** The filters as a plain GET form: they live in the URL and work without JavaScript. `children`: the page's own choices, sent with them. */
export function IncidentFilterForm({ action, filters, options, showSort = true, children }: {
  action: string; filters: IncidentFilters; options: FilterOptions; showSort?: boolean; children?: ReactNode;
}) {
  const t = useTranslations("incidentList");
  const tVocab = useTranslations("vocab");
  const periods = { all: t("periodAll"), "this-month": t("periodThisMonth"), "this-year": t("periodThisYear"), "last-12-months": t("periodLast12Months"), custom: t("periodCustom") } satisfies Record<(typeof PERIODS)[number], string>;
  const sorts = {
    newest: t("sortNewest"), oldest: t("sortOldest"), "most-rescued": t("sortMostRescued"), "most-dead-missing": t("sortMostDeadMissing"), relevance: t("sortRelevance"),
  } satisfies Record<(typeof SORTS)[number], string>;
  const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
  return (
    <form className="filters card" method="get" action={action} role="search" aria-label={t("filtersLabel")}>
      {filters.search && <input type="hidden" name="search" value={filters.search} />}
      <SelectFilter name="period" label={t("period")} value={filters.period} options={labelled(periods)} />
      <div className="field">
        <label htmlFor="filter-from">{t("from")}</label>
        <input id="filter-from" type="date" name="from" defaultValue={filters.from} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">{t("to")}</label>
        <input id="filter-to" type="date" name="to" defaultValue={filters.to} />
      </div>
      <SelectFilter name="organization" label={t("organization")} value={filters.organization} options={options.organizations.map((o) => ({ value: o.id, label: o.name }))} />
      <SelectFilter name="vessel" label={t("vessel")} value={filters.vessel} options={options.vessels.map((v) => ({ value: v.id, label: v.name }))} />
      <SelectFilter name="sarRegion" label={t("sarRegion")} value={filters.sarRegion} options={optionsOf(SAR_REGION_FILTERS, (region) => t("sarRegionName", { region }))} />
      <SelectFilter name="region" label={t("region")} value={filters.region} options={optionsOf(IOM_REGIONS, (region) => tVocab("region", { region: vocabCase(region) }))} />
      <SelectFilter name="route" label={t("route")} value={filters.route} options={optionsOf(IOM_ROUTES, (route) => tVocab("route", { route: vocabCase(route) }))} />
      <SelectFilter name="boatType" label={t("boatType")} value={filters.boatType} options={optionsOf(Object.values(BoatType), (type) => tVocab("boatType", { type }))} />
      <SelectFilter name="outcome" label={t("outcome")} value={filters.outcome}
        options={[...optionsOf(Object.values(IncidentOutcome), (outcome) => tVocab("outcome", { outcome })), { value: "none", label: t("notRecorded") }]} />
      <SelectFilter name="phase" label={t("phase")} value={filters.phase} options={optionsOf(Object.values(IncidentPhase), (phase) => tVocab("phase", { phase }))} />
      {showSort && <SelectFilter name="sort" label={t("sort")} value={filters.sort} options={labelled(sorts)} isRequired />}
      <fieldset className="filter-statuses">
        <legend>{t("status")}</legend>
        {Object.values(IncidentStatus).map((status) => (
          <label key={status}>
            <input type="checkbox" name="status" value={status} defaultChecked={filters.status.includes(status)} /> {tVocab("status", { status })}
          </label>
        ))}
      </fieldset>
      {children}
      <div className="filter-actions">
        <button className="button" type="submit">{t("apply")}</button>
        <a href={action}>{t("reset")}</a>
      </div>
    </form>
  );
}
