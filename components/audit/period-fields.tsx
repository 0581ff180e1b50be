import { useTranslations } from "next-intl";

/** The period of an audit filter: whole UTC days, "to" included (lib/data/audit-events.ts, periodWhere). */
export function PeriodFields({ from, to }: { from?: string; to?: string }) {
  const t = useTranslations("audit");
  return (
    <>
      <div className="field">
        <label htmlFor="from">{t("from")}</label>
        <input id="from" name="from" type="date" defaultValue={from} />
      </div>
      <div className="field">
        <label htmlFor="to">{t("to")}</label>
        <input id="to" name="to" type="date" defaultValue={to} />
      </div>
    </>
  );
}
