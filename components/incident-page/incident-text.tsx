import { useTranslations } from "next-intl";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { Definition } from "./definition";

// The schema admits http(s) links only; checked again where a link is made of it.
const isWebLink = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

export function IncidentText({ incident }: { incident: IncidentDetail }) {
  const t = useTranslations("casePage");
  const tField = useTranslations("validation.incidentField");
  const tVocab = useTranslations("vocab");
  return (
    <section aria-labelledby="coordination-heading" className="card">
      <h2 id="coordination-heading">{t("coordinationHeading")}</h2>
      <dl className="definitions">
        <Definition term={tField("coordinatingAuthority")}>{incident.coordinatingAuthority}</Definition>
        <Definition term={tField("disembarkationPort")}>{incident.disembarkationPort}</Definition>
        <Definition term={tField("seaState")}>{incident.seaState}</Definition>
        <Definition term={tField("source")}>{incident.source}</Definition>
        <Definition term={tField("sourceUrl")}>{isWebLink(incident.sourceUrl) && <a href={incident.sourceUrl} rel="noopener noreferrer nofollow" className="wrap"><bdi>{incident.sourceUrl}</bdi></a>}</Definition>
        {incident.eventGroup && <Definition term={tField("eventGroup")}><bdi>{incident.eventGroup}</bdi></Definition>}
        <Definition term={tField("sourceQuality")}>{incident.sourceQuality && tVocab("sourceQuality", { quality: String(incident.sourceQuality) })}</Definition>
      </dl>
      <h3>{tField("narrative")}</h3>
      {incident.narrative ? <p className="narrative">{incident.narrative}</p> : <p className="muted">{t("noNarrative")}</p>}
    </section>
  );
}
