import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { BreakdownDimension } from "@/lib/data/dashboard/get-breakdowns";
import type { ShownBreakdown } from "@/lib/privacy/partner-figures";
import { filtersToSearchParams, SAR_REGION_FILTERS, type IncidentFilters } from "@/lib/schemas/incident-filters";
import { EmptyState } from "./empty-state";
import { dashboardFormat, type DashboardFormat } from "./format";
import { TableScroll } from "@/components/ui/table-scroll";

type Words = {
  t: Awaited<ReturnType<typeof getTranslations<"dashboard">>>;
  tVocab: Awaited<ReturnType<typeof getTranslations<"vocab">>>;
  tList: Awaited<ReturnType<typeof getTranslations<"incidentList">>>;
  f: DashboardFormat;
};

// The incident list filter each breakdown can drill into; causes and partners have none.
const LIST_FILTER: Partial<Record<BreakdownDimension, "vessel" | "organization" | "boatType" | "sarRegion" | "outcome">> = {
  vessel: "vessel", organization: "organization", boatType: "boatType", sarRegion: "sarRegion", outcome: "outcome",
};

type Row = ShownBreakdown["rows"][number];
// A suppressed figure ("<5") draws no bar: its length would tell the count.
const barOf = (figure: number | string) => (typeof figure === "number" ? figure : 0);

function listHref(filters: IncidentFilters, dimension: BreakdownDimension, row: Row) {
  const param = LIST_FILTER[dimension];
  const value = dimension === "sarRegion" || dimension === "outcome" ? (row.key ?? "none") : row.key;
  if (!param || row.isOther || value === null) return null;
  if (dimension === "sarRegion" && !(SAR_REGION_FILTERS as readonly string[]).includes(value)) return null;
  return `/incidents?${filtersToSearchParams({ ...filters, [param]: value, page: 1 })}`;
}

/** A group's words: names as stored, codes through the vocabulary, and "none" and "Other" as such. */
function groupLabel(dimension: BreakdownDimension, row: Row, { t, tVocab, tList }: Words) {
  if (row.isOther) return t("otherGroups", { count: row.groups });
  if (row.isNone) return t("breakdownNone", { dimension });
  const key = row.key!;
  if (dimension === "outcome") return tVocab("outcome", { outcome: key });
  if (dimension === "boatType") return tVocab("boatType", { type: key });
  if (dimension === "causeOfDeath") return tVocab("causeOfDeath", { cause: key });
  if (dimension === "sarRegion") return tList("sarRegionName", { region: key });
  return row.name ?? key;
}

function BreakdownTable({ breakdown, filters, words }: { breakdown: ShownBreakdown; filters: IncidentFilters; words: Words }) {
  const { id, isMultiValued } = breakdown;
  const rows: Row[] = breakdown.rows;
  const { t, f } = words;
  const max = Math.max(1, ...rows.map((r) => barOf(r.incidents)));
  const hasUnknown = rows.some((r) => r.unknown !== 0);
  const title = t("breakdownTitle", { dimension: id });
  return (
    <section className="card breakdown" aria-labelledby={`breakdown-${id}`}>
      <h3 id={`breakdown-${id}`}>{title}</h3>
      {isMultiValued && <p className="muted breakdown-note">{t("multiValuedNote")}</p>}
      {rows.length === 0 ? (
        <p className="muted">{id === "causeOfDeath" ? t("noDeaths") : t("nothing")}</p>
      ) : (
        <TableScroll label={title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("breakdownColumn", { dimension: id })}</th>
                <th scope="col" className="num">{t("incidents")}</th>
                <th scope="col" className="num">{t("rescued")}</th>
                <th scope="col" className="num">{t("deadMissing")}</th>
                {hasUnknown && <th scope="col" className="num">{t("unknownColumn")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const href = listHref(filters, id, row);
                const label = groupLabel(id, row, words);
                return (
                  <tr key={row.isOther ? "other" : (row.key ?? "none")}>
                    <th scope="row">{href ? <Link href={href}>{label}</Link> : label}</th>
                    <td className="num breakdown-count">
                      <span className="bar" aria-hidden="true" style={{ width: `${Math.round((barOf(row.incidents) / max) * 1000) / 10}%` }} />
                      {f.number(row.incidents)}
                    </td>
                    <td className="num">{f.number(row.rescued)}</td>
                    <td className="num">{f.number(row.deadMissing)}</td>
                    {hasUnknown && <td className="num">{f.number(row.unknown)}</td>}
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
export async function BreakdownTables({ data, filters }: { data: Promise<ShownBreakdown[]>; filters: IncidentFilters }) {
  const breakdowns = await data;
  const t = await getTranslations("dashboard");
  const tVocab = await getTranslations("vocab");
  const tList = await getTranslations("incidentList");
  const locale = await getLocale();
  if (breakdowns.every((b) => b.rows.length === 0)) return <EmptyState />;
  const words = { t, tVocab, tList, f: dashboardFormat(locale) };
  return (
    <div className="breakdown-grid">
      {breakdowns.map((breakdown) => <BreakdownTable key={breakdown.id} breakdown={breakdown} filters={filters} words={words} />)}
    </div>
  );
}
