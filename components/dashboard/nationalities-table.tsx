import { TableScroll } from "@/components/ui/table-scroll";
import type { Nationalities } from "@/lib/data/dashboard/get-nationalities";
import { formatNumber } from "./format";

/** The 10 most frequent nationalities by persons, and "Other nationalities" so the rows add up to the total. */
export async function NationalitiesTable({ data }: { data: Promise<Nationalities> }) {
  const { top, other, totalPersons, cases } = await data;
  if (top.length === 0) return <p className="empty card">No nationality recorded for the cases in these filters.</p>;
  return (
    <TableScroll label="Persons per nationality">
      <table className="nationalities-table">
        <caption className="table-caption">
          {formatNumber(totalPersons)} {totalPersons === 1 ? "person" : "persons"} of known nationality in {formatNumber(cases)}{" "}
          {cases === 1 ? "case" : "cases"}
          {other.countries > 0 ? `; the ${top.length} most frequent.` : "."}
        </caption>
        <thead>
          <tr>
            <th scope="col">Nationality</th>
            <th scope="col" className="num">Persons</th>
          </tr>
        </thead>
        <tbody>
          {top.map((row) => (
            <tr key={row.country}>
              <th scope="row">{row.name}</th>
              <td className="num">{formatNumber(row.persons)}</td>
            </tr>
          ))}
          {other.countries > 0 && (
            <tr>
              <th scope="row">Other nationalities ({formatNumber(other.countries)})</th>
              <td className="num">{formatNumber(other.persons)}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className="table-total">
            <th scope="row">Total</th>
            <td className="num">{formatNumber(totalPersons)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
