import type { MonthPoint } from "@/lib/data/dashboard/get-monthly-series";
import { formatMonth, formatNumber } from "./format";
import { TableScroll } from "@/components/ui/table-scroll";

/** The chart's figures as a table, behind a visible "Show as table" disclosure. */
export function MonthlyTable({ series }: { series: MonthPoint[] }) {
  return (
    <details className="chart-table">
      <summary>Show as table</summary>
      <TableScroll label="Figures per month">
        <table>
          <caption className="visually-hidden">Incidents, persons rescued and dead + missing per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">Incidents</th>
              <th scope="col" className="num">Rescued</th>
              <th scope="col" className="num">Dead + missing</th>
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.month}>
                <th scope="row">{formatMonth(point.month)}</th>
                <td className="num">{formatNumber(point.incidents)}</td>
                <td className="num">{formatNumber(point.rescued)}</td>
                <td className="num">{formatNumber(point.deadMissing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
