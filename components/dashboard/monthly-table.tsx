import { useLocale, useTranslations } from "next-intl";
import type { MonthPoint } from "@/lib/data/dashboard/get-monthly-series";
import { dashboardFormat } from "./format";
import { TableScroll } from "@/components/ui/table-scroll";

/** The chart's figures as a table, behind a visible "Show as table" disclosure. */
export function MonthlyTable({ series }: { series: MonthPoint[] }) {
  const t = useTranslations("dashboard");
  const f = dashboardFormat(useLocale());
  return (
    <details className="chart-table">
      <summary>{t("showAsTable")}</summary>
      <TableScroll label={t("monthlyTableLabel")}>
        <table>
          <caption className="visually-hidden">{t("monthlyCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              <th scope="col" className="num">{t("incidents")}</th>
              <th scope="col" className="num">{t("rescued")}</th>
              <th scope="col" className="num">{t("deadMissing")}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.month}>
                <th scope="row">{f.month(point.month)}</th>
                <td className="num">{f.number(point.incidents)}</td>
                <td className="num">{f.number(point.rescued)}</td>
                <td className="num">{f.number(point.deadMissing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
