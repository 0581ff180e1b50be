import { useTranslations } from "next-intl";
import type { UserReadsFilter } from "@/lib/schemas/audit-filter";

type Choice = { id: string; name: string; email: string };

/** A plain GET form: the user and the period live in the URL, so a view can be bookmarked and shared. */
export function UserReadsForm({ filter, choices }: { filter: UserReadsFilter; choices: Choice[] }) {
  const t = useTranslations("reads");
  const tAudit = useTranslations("audit");
  return (
    <form method="get" action="/audit/reads" className="card filters" role="search" aria-label={t("formLabel")}>
      <div className="field">
        <label htmlFor="user">{t("user")}</label>
        <select id="user" name="user" defaultValue={filter.user ?? ""} required>
          <option value="" disabled>{t("chooseUser")}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>{t("userChoice", { name: choice.name, email: choice.email })}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="from">{tAudit("from")}</label>
        <input id="from" name="from" type="date" defaultValue={filter.from} />
      </div>
      <div className="field">
        <label htmlFor="to">{tAudit("to")}</label>
        <input id="to" name="to" type="date" defaultValue={filter.to} />
      </div>
      <div className="filter-actions">
        <button className="button" type="submit">{t("show")}</button>
      </div>
    </form>
  );
}
