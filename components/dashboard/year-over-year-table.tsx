import type { YearOverYear } from "@/lib/data/dashboard/get-year-over-year";
import { EmptyState } from "./empty-state";
import { formatDayMonth, formatNumber } from "./format";
import { TableScroll } from "@/components/ui/table-scroll";

function Highest({ value, isHighest }: { value: number; isHighest: boolean }) {
  if (!isHighest) return <>{formatNumber(value)}</>;
  return (
    <strong>
      {formatNumber(value)} <span className="badge badge-warning">highest</span>
    </strong>
  );
}

/** Each year in full and up to today's date, so the current year compares with the same stretch of earlier ones. */
export async function YearOverYearTable({ data }: { data: Promise<YearOverYear> }) {
  const { rows, today } = await data;
  if (rows.length === 0) return <EmptyState />;
  const toDate = `1 Jan – ${formatDayMonth(today)}`;
  return (
    <TableScroll label="Figures per year">
      <table>
        <caption className="table-caption">
          Every year with the current filters except the period. &ldquo;To date&rdquo; counts {toDate} of each year.
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>Year</th>
            <th scope="colgroup" colSpan={3}>Whole year</th>
            <th scope="colgroup" colSpan={3}>To date ({toDate})</th>
          </tr>
          <tr>
            {["Incidents", "Rescued", "Dead + missing", "Incidents", "Rescued", "Dead + missing"].map((label, i) => (
              <th key={i} scope="col" className="num">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <td className="num">{formatNumber(row.incidents)}</td>
              <td className="num">{formatNumber(row.rescued)}</td>
              <td className="num"><Highest value={row.deadMissing} isHighest={row.isHighest} /></td>
              <td className="num">{formatNumber(row.incidentsToDate)}</td>
              <td className="num">{formatNumber(row.rescuedToDate)}</td>
              <td className="num"><Highest value={row.deadMissingToDate} isHighest={row.isHighestToDate} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
