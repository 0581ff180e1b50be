import { TableScroll } from "@/components/ui/table-scroll";
import type { StandOffRow } from "@/lib/data/dashboard/get-stand-off";
import { formatDuration } from "@/lib/timeline/durations";
import { formatMonth, formatNumber } from "./format";

/** Median and 90th percentile of the stand-off per month of the incident, and over the whole period. */
export async function StandOffTable({ data }: { data: Promise<StandOffRow[]> }) {
  const rows = await data;
  if (rows.length === 0) return <p className="empty card">No case with both a rescue and a disembarkation in this period.</p>;
  return (
    <TableScroll label="Time from rescue to disembarkation per month">
      <table>
        <caption className="table-caption">
          From the first rescue event to the last disembarkation after it, over the cases whose timeline has both, in whole hours; each
          figure is the stand-off of the case at that share (half, nine tenths) of the cases. Months with no such case are left out.
        </caption>
        <thead>
          <tr>
            <th scope="col">Month of the incident</th>
            <th scope="col" className="num">Cases</th>
            <th scope="col" className="num">Median</th>
            <th scope="col" className="num">90th percentile</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month ?? "all"} className={row.month ? undefined : "table-total"}>
              <th scope="row">{row.month ? formatMonth(row.month) : "Whole period"}</th>
              <td className="num">{formatNumber(row.cases)}</td>
              <td className="num">{formatDuration(row.medianMs)}</td>
              <td className="num">{formatDuration(row.p90Ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
