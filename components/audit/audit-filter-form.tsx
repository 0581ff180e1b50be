import { useTranslations } from "next-intl";
import { PeriodFields } from "@/components/audit/period-fields";
import { Link } from "@/components/ui/link";
import { AuditAction } from "@/generated/prisma/enums";
import type { AuditFilter } from "@/lib/schemas/audit-filter";

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export function AuditFilterForm({ filter }: { filter: AuditFilter }) {
  const t = useTranslations("audit");
  return (
    <form method="get" action="/audit" className="card filters" role="search" aria-label={t("filterLabel")}>
      <div className="field">
        <label htmlFor="actor">{t("actor")}</label>
        <input id="actor" name="actor" type="search" placeholder={t("actorPlaceholder")} defaultValue={filter.actor} />
      </div>
      <div className="field">
        <label htmlFor="action">{t("action")}</label>
        <select id="action" name="action" defaultValue={filter.action ?? ""}>
          <option value="">{t("any")}</option>
          {Object.values(AuditAction).map((action) => (
            <option key={action} value={action}>{t("actionName", { action })}</option>
          ))}
        </select>
      </div>
      <PeriodFields from={filter.from} to={filter.to} />
      <div className="field">
        <label htmlFor="incident">{t("incident")}</label>
        <input id="incident" name="incident" type="search" placeholder={t("incidentPlaceholder")} defaultValue={filter.incident} />
      </div>
      <div className="filter-actions">
        <button className="button" type="submit">{t("filter")}</button>
        <Link href="/audit">{t("clearFilters")}</Link>
      </div>
    </form>
  );
}
