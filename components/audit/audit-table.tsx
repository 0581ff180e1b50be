import { useTranslations } from "next-intl";
import { AuditChanges } from "@/components/audit/audit-changes";
import { LocalTime } from "@/components/ui/local-time";
import type { AuditEventRow } from "@/lib/data/audit-events";
import { readKindOf } from "@/lib/data/reads/read-kind";
import { TableScroll } from "@/components/ui/table-scroll";

export function AuditTable({ rows }: { rows: AuditEventRow[] }) {
  const t = useTranslations("audit");
  const tVocab = useTranslations("vocab");
  if (rows.length === 0) return <p className="empty card">{t("empty")}</p>;
  return (
    <TableScroll label={t("events")}>
      <table className="audit-table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("time")}</th>
            <th scope="col">{t("actor")}</th>
            <th scope="col">{t("action")}</th>
            <th scope="col">{t("about")}</th>
            <th scope="col">{t("changes")}</th>
            <th scope="col">{t("reason")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td><LocalTime value={row.createdAt} /></td>
              <td>{row.actor ? <span title={row.actor.email}>{row.actor.name}</span> : <span className="muted">{t("systemActor")}</span>}</td>
              <td>{t("actionName", { action: row.action })}</td>
              <td>
                {t("entity", { entity: row.entityType })}
                {row.entityLabel && <> · <bdi>{row.entityLabel}</bdi></>}
              </td>
              <td className="wrap">{row.action === "READ" ? tVocab("readKind", { kind: readKindOf(row.changes) }) : <AuditChanges changes={row.changes} />}</td>
              <td className="wrap">{row.reason ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
