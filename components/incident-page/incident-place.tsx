import { getFormatter, getTranslations } from "next-intl/server";
import { CaseMap } from "@/components/map/case-map";
import { LocalTime } from "@/components/ui/local-time";
import { countryCodeOf } from "@/lib/countries";
import { countryNameIn } from "@/lib/countries/localized";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { requestLanguage } from "@/lib/i18n/request-language";
import { IOM_REGIONS, IOM_ROUTES, vocabCase } from "@/lib/schemas/incident-vocabulary";
import type { TrackVertex } from "@/lib/track/build-track";
import { Definition } from "./definition";

export async function IncidentPlace({ incident, track }: { incident: IncidentDetail; track: readonly TrackVertex[] }) {
  const t = await getTranslations("casePage");
  const tField = await getTranslations("validation.incidentField");
  const tVocab = await getTranslations("vocab");
  const [format, { locale }] = await Promise.all([getFormatter(), requestLanguage()]);
  const { geography, region, route } = incident;
  const countryCode = geography.nearestCountry && countryCodeOf(geography.nearestCountry);
  // A name outside the IOM's lists (an older import) shows as stored.
  const known = (names: readonly string[], name: string | null) => name !== null && names.includes(name);
  const regionAndRoute = [
    known(IOM_REGIONS, region) ? tVocab("region", { region: vocabCase(region!) }) : region,
    known(IOM_ROUTES, route) ? tVocab("route", { route: vocabCase(route!) }) : route,
  ].filter(Boolean);
  return (
    <section aria-labelledby="place-heading" className="card">
      <h2 id="place-heading">{t("placeHeading")}</h2>
      <dl className="definitions">
        <Definition term={tField("occurredAt")}><LocalTime value={incident.occurredAt} /></Definition>
        <Definition term={tField("position")}>{incident.position && <bdi>{incident.position}</bdi>}</Definition>
        {incident.positionText && incident.positionText !== incident.position && <Definition term={t("asEntered")}><bdi>{incident.positionText}</bdi></Definition>}
        <Definition term={tField("locationOfDeath")}>{incident.locationOfDeath && <bdi>{incident.locationOfDeath}</bdi>}</Definition>
        <Definition term={t("distanceToCoast")}>
          {geography.distanceToCoastNm === null ? null : t("nauticalMiles", { distance: format.number(geography.distanceToCoastNm, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}
        </Definition>
        <Definition term={t("nearestCountry")}>{countryCode ? countryNameIn(countryCode, locale) : geography.nearestCountry}</Definition>
        <Definition term={t("sarRegion")}>{geography.sarRegions.length ? geography.sarRegions.join(", ") : t("none")}</Definition>
        <Definition term={t("regionAndRoute")}>{regionAndRoute.join(" / ")}</Definition>
        {incident.unsdGrouping && <Definition term={tField("unsdGrouping")}><bdi>{incident.unsdGrouping}</bdi></Definition>}
      </dl>
      <CaseMap rescue={incident.latitude !== null && incident.longitude !== null ? { latitude: incident.latitude, longitude: incident.longitude } : null}
        distanceToCoastNm={geography.distanceToCoastNm} track={track} />
    </section>
  );
}
