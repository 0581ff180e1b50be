import { getLocale, getTranslations } from "next-intl/server";
import type { YearOverYear } from "@/lib/data/dashboard/get-year-over-year";
import { EmptyState } from "./empty-state";
import { dashboardFormat } from "./format";
import { TableScroll } from "@/components/ui/table-scroll";

/** Each year in full and up to today's date, so the current year compares with the same stretch of earlier ones. */
export async function YearOverYearTable({ data }: { data: Promise<YearOverYear> }) {
  const { rows, today } = await data;
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  if (rows.length === 0) return <EmptyState />;
  const f = dashboardFormat(locale);
  const range = f.toDate(today);
  const highest = (value: number, isHighest: boolean) =>
    isHighest ? <strong>{f.number(value)} <span className="badge badge-warning">{t("highest")}</span></strong> : f.number(value);
  const columns = [t("incidents"), t("rescued"), t("deadMissing")];
  return (
    <TableScroll label={t("yearsLabel")}>
      <table>
        <caption className="table-caption">{t("yearsCaption", { range })}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>{t("year")}</th>
            <th scope="colgroup" colSpan={3}>{t("wholeYear")}</th>
            <th scope="colgroup" colSpan={3}>{t("toDate", { range })}</th>
          </tr>
          <tr>
            {[...columns, ...columns].map((label, i) => (
              <th key={i} scope="col" className="num">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <td className="num">{f.number(row.incidents)}</td>
              <td className="num">{f.number(row.rescued)}</td>
              <td className="num">{highest(row.deadMissing, row.isHighest)}</td>
              <td className="num">{f.number(row.incidentsToDate)}</td>
              <td className="num">{f.number(row.rescuedToDate)}</td>
              <td className="num">{highest(row.deadMissingToDate, row.isHighestToDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
