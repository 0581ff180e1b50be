import { useTranslations } from "next-intl";
import type { Problem } from "@/lib/csv/row-context";
import { TableScroll } from "@/components/ui/table-scroll";

const SHOWN = 200;

/** The first problems of a dry run; all of them are in the downloadable CSV. */
export function ProblemsTable({ problems, total }: { problems: Problem[]; total: number }) {
  const t = useTranslations("import");
  if (total === 0) return <p>{t("noProblems")}</p>;
  return (
    <>
      <TableScroll label={t("problemsByRow")}>
        <table>
          <caption className="visually-hidden">{t("problemsByRow")}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t("row")}</th>
              <th scope="col">{t("column")}</th>
              <th scope="col">{t("value")}</th>
              <th scope="col">{t("problem")}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN).map((p, i) => (
              <tr key={i} className={`problem-${p.severity}`}>
                <td className="num">{p.row}</td>
                <td>{p.column}</td>
                <td className="wrap import-value">{p.value}</td>
                <td className="wrap">
                  <span className={`badge ${p.severity === "error" ? "badge-error" : "badge-warning"}`}>{p.severity === "error" ? t("error") : t("warning")}</span> {p.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {total > SHOWN && (
        <p className="muted import-more">
          {total > problems.length ? t("moreThanDownload", { count: total - SHOWN, held: problems.length }) : t("moreInDownload", { count: total - SHOWN })}
        </p>
      )}
    </>
  );
}
