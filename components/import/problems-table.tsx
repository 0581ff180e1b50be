import type { Problem } from "@/lib/csv/row-context";
import { TableScroll } from "@/components/ui/table-scroll";

const SHOWN = 200;

/** The first problems of a dry run; all of them are in the downloadable CSV. */
export function ProblemsTable({ problems, total }: { problems: Problem[]; total: number }) {
  if (total === 0) return <p>No problems found.</p>;
  return (
    <>
      <TableScroll label="Problems by row">
        <table>
          <caption className="visually-hidden">Problems by row</caption>
          <thead>
            <tr>
              <th scope="col" className="num">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN).map((p, i) => (
              <tr key={i} className={`problem-${p.severity}`}>
                <td className="num">{p.row}</td>
                <td>{p.column}</td>
                <td className="wrap import-value">{p.value}</td>
                <td className="wrap">
                  <span className={`badge ${p.severity === "error" ? "badge-error" : "badge-warning"}`}>{p.severity === "error" ? "Error" : "Warning"}</span> {p.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {total > SHOWN && (
        <p className="muted import-more">
          {(total - SHOWN).toLocaleString("en")} more{total > problems.length ? `; the downloadable list holds the first ${problems.length.toLocaleString("en")}` : " in the downloadable list"}.
        </p>
      )}
    </>
  );
}
