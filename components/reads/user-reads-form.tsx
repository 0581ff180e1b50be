import { useTranslations } from "next-intl";
import { PeriodFields } from "@/components/audit/period-fields";
import type { UserReadsFilter } from "@/lib/schemas/audit-filter";

type Choice = { id: string; name: string; email: string };

/** A plain GET form: the user and the period live in the URL, so a view can be bookmarked and shared. */
export function UserReadsForm({ filter, choices }: { filter: UserReadsFilter; choices: Choice[] }) {
  const t = useTranslations("reads");
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
      <PeriodFields from={filter.from} to={filter.to} />
      <div className="filter-actions">
        <button className="button" type="submit">{t("show")}</button>
      </div>
    </form>
  );
}
