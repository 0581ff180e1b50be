import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/incidents/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { TableScroll } from "@/components/ui/table-scroll";
import type { IncidentListRow } from "@/lib/data/incidents/find-incidents";
import { formatCount, formatPositionCell } from "@/components/incidents/format";
import { SortHeader, type SortColumn } from "@/components/incidents/sort-header";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";

type Sort = IncidentFilters["sort"];

const COLUMNS = {
  when: { sorts: ["newest", "oldest"], isAscending: (sort) => sort === "oldest" },
  rescued: { sorts: ["most-rescued"], isNumeric: true },
  dead: { sorts: ["most-dead-missing"], isNumeric: true },
  missing: { sorts: ["most-dead-missing"], isNumeric: true },
} satisfies Record<string, SortColumn>;

/**
 * On a phone each row shows as a card (app/styles/tables.css). The roles are spelled out because some
 * browsers stop announcing a table once its rows are laid out as cards.
 */
export function IncidentTable({ rows, sort, hrefForSort }: { rows: IncidentListRow[]; sort: Sort; hrefForSort: (sort: Sort) => string }) {
  const t = useTranslations("incidentList");
  const format = useFormatter();
  if (rows.length === 0) return <p className="empty card">{t("empty")}</p>;
  const captions: Record<Sort, string> = {
    newest: t("captionNewest"), oldest: t("captionOldest"), "most-rescued": t("captionMostRescued"),
    "most-dead-missing": t("captionMostDeadMissing"), relevance: t("captionRelevance"),
  };
  const count = (value: number | null) => formatCount(value, (n) => format.number(n));
  return (
    <TableScroll label={captions[sort]}>
      <table className="incident-table" role="table">
        <caption className="visually-hidden">{t("sortHint", { caption: captions[sort] })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{t("reference")}</th>
            <SortHeader label={t("occurredAt")} column={COLUMNS.when} sort={sort} hrefFor={hrefForSort} />
            <th role="columnheader" scope="col">{t("vessel")}</th>
            <th role="columnheader" scope="col">{t("position")}</th>
            <SortHeader label={t("rescued")} column={COLUMNS.rescued} sort={sort} hrefFor={hrefForSort} />
            <SortHeader label={t("dead")} column={COLUMNS.dead} sort={sort} hrefFor={hrefForSort} />
            <SortHeader label={t("missing")} column={COLUMNS.missing} sort={sort} hrefFor={hrefForSort} />
            <th role="columnheader" scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.id} role="row">
              <th role="rowheader" scope="row" data-cell="reference"><Link href={`/incidents/${row.id}`}>{row.reference}</Link></th>
              <td role="cell" data-cell="when"><LocalTime value={row.occurredAt} /></td>
              <td role="cell" data-cell="vessel">{row.vessel?.name ?? <span className="muted">—</span>}</td>
              <td role="cell" data-cell="position">{formatPositionCell(row)}</td>
              <td role="cell" data-cell="rescued" data-label={t("rescued")} className="num">{count(row.rescued)}</td>
              <td role="cell" data-cell="dead" data-label={t("dead")} className="num">{count(row.dead)}</td>
              <td role="cell" data-cell="missing" data-label={t("missing")} className="num">{count(row.missing)}</td>
              <td role="cell" data-cell="status"><StatusBadge status={row.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
