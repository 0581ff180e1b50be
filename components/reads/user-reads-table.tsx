import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import { TableScroll } from "@/components/ui/table-scroll";
import type { UserReadRow } from "@/lib/data/reads/user-reads";

/** What the read was about: a case (its reference, a link) or an export (its filter and rows). */
function What({ row }: { row: UserReadRow }) {
  const t = useTranslations("reads");
  if (row.action === "READ") return row.incident ? <Link href={`/incidents/${row.incident.id}`}><bdi>{row.incident.reference}</bdi></Link> : <span className="muted">{t("purgedCase")}</span>;
  const { filters, rows, layout } = row.export;
  return (
    <>
      {filters ? <code><bdi>{filters}</bdi></code> : t("noFilter")}
      {rows !== null && <> · {t("rows", { rows })}</>}
      {layout && <> · {t("layout", { layout })}</>}
      {row.reason && <> · <em>{row.reason}</em></>}
    </>
  );
}

export function UserReadsTable({ rows }: { rows: UserReadRow[] }) {
  const t = useTranslations("reads");
  const tVocab = useTranslations("vocab");
  const tAudit = useTranslations("audit");
  if (rows.length === 0) return <p className="empty card">{t("empty")}</p>;
  return (
    <TableScroll label={t("tableLabel")}>
      <table className="audit-table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{tAudit("time")}</th>
            <th scope="col">{t("how")}</th>
            <th scope="col">{t("what")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td><LocalTime value={row.at} /></td>
              <td>{row.action === "READ" ? tVocab("readKind", { kind: row.kind }) : tAudit("actionName", { action: row.action })}</td>
              <td className="wrap"><What row={row} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
