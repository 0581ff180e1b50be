import { useFormatter, useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { TableScroll } from "@/components/ui/table-scroll";

const total = (rows: { count: number }[]) => rows.reduce((sum, row) => sum + row.count, 0);

export function IncidentRows({ incident }: { incident: IncidentDetail }) {
  const t = useTranslations("casePage");
  const tVocab = useTranslations("vocab");
  const format = useFormatter();
  const { injuries, evacuations, partners } = incident;
  return (
    <div className="incident-grid">
      <section aria-labelledby="injuries-heading" className="card">
        <h2 id="injuries-heading">{t("injuriesHeading", { count: total(injuries) })}</h2>
        {injuries.length === 0 ? <p className="muted">{t("noneRecorded")}</p> : (
          <TableScroll label={t("injuriesTable")}>
            <table>
              <thead><tr><th scope="col">{t("injuryType")}</th><th scope="col">{t("severity")}</th><th scope="col" className="num">{t("count")}</th></tr></thead>
              <tbody>
                {injuries.map((row) => (
                  <tr key={row.id}>
                    <td>{tVocab("injuryType", { type: row.type })}</td><td>{tVocab("severity", { severity: row.severity })}</td><td className="num">{format.number(row.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="evacuations-heading" className="card">
        <h2 id="evacuations-heading">{t("evacuationsHeading", { count: total(evacuations) })}</h2>
        {evacuations.length === 0 ? <p className="muted">{t("noneRecorded")}</p> : (
          <TableScroll label={t("evacuationsTable")}>
            <table>
              <thead><tr><th scope="col" className="num">{t("count")}</th><th scope="col">{t("means")}</th><th scope="col">{t("destination")}</th><th scope="col">{t("time")}</th></tr></thead>
              <tbody>
                {evacuations.map((row) => (
                  <tr key={row.id}>
                    <td className="num">{format.number(row.count)}</td><td>{tVocab("evacuationMeans", { means: row.means })}</td><td>{row.destination ?? "—"}</td>
                    <td>{row.evacuatedAt ? <LocalTime value={row.evacuatedAt} /> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="partners-heading" className="card">
        <h2 id="partners-heading">{t("partnersHeading")}</h2>
        {partners.length === 0 ? <p className="muted">{t("noPartners")}</p> : (
          <ul className="plain-list">
            {partners.map((row) => (
              <li key={`${row.organization.id}-${row.role}`}><bdi>{row.organization.name}</bdi> — {tVocab("partnerRole", { role: row.role })}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
