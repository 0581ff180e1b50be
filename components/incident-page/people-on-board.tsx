import { getFormatter, getTranslations } from "next-intl/server";
import { LocalTime } from "@/components/ui/local-time";
import { TableScroll } from "@/components/ui/table-scroll";
import { countryNameIn } from "@/lib/countries/localized";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { requestLanguage } from "@/lib/i18n/request-language";
import { Definition } from "./definition";

/** Who was on board: by sex and age, by nationality, and where and when they left from. */
export async function PeopleOnBoard({ incident }: { incident: IncidentDetail }) {
  const t = await getTranslations("casePage");
  const tField = await getTranslations("validation.incidentField");
  const [format, { locale }] = await Promise.all([getFormatter(), requestLanguage()]);
  const count = (value: number | null) => (value === null ? null : format.number(value));
  const { nationalities } = incident;
  const known = nationalities.reduce((sum, row) => sum + (row.count ?? 0), 0);
  return (
    <section aria-labelledby="people-on-board-heading" className="card">
      <h2 id="people-on-board-heading">{t("peopleOnBoardHeading")}</h2>
      <div className="incident-grid">
        <div>
          <h3>{t("bySexAndAge")}</h3>
          <dl className="definitions">
            <Definition term={tField("women")}>{count(incident.women)}</Definition>
            <Definition term={tField("men")}>{count(incident.men)}</Definition>
            <Definition term={tField("children")}>{count(incident.children)}</Definition>
            <Definition term={tField("girls")}>{count(incident.girls)}</Definition>
            <Definition term={tField("boys")}>{count(incident.boys)}</Definition>
            <Definition term={tField("sexAgeUnknown")}>{count(incident.sexAgeUnknown)}</Definition>
          </dl>
          <h3>{t("departure")}</h3>
          <dl className="definitions">
            <Definition term={tField("departurePlace")}>{incident.departurePlace}</Definition>
            <Definition term={tField("departedAt")}>{incident.departedAt && <LocalTime value={incident.departedAt} />}</Definition>
            <Definition term={tField("regionOfOrigin")}>{incident.regionOfOrigin && <bdi>{incident.regionOfOrigin}</bdi>}</Definition>
          </dl>
        </div>
        <div>
          <h3>{nationalities.length > 0 ? t("nationalitiesHeading", { count: known }) : tField("nationalities")}</h3>
          {nationalities.length === 0 ? <p className="muted">{t("noneRecorded")}</p> : (
            <TableScroll label={t("nationalitiesTable")}>
              <table>
                <thead><tr><th scope="col">{t("country")}</th><th scope="col" className="num">{t("people")}</th></tr></thead>
                <tbody>
                  {nationalities.map((row) => (
                    <tr key={row.country}><td>{countryNameIn(row.country, locale)} <span className="muted">({row.country})</span></td><td className="num">{count(row.count) ?? <span className="muted">{t("unknown")}</span>}</td></tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </div>
      </div>
    </section>
  );
}
