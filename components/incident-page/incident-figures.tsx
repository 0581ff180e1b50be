import { useFormatter, useTranslations } from "next-intl";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { Definition } from "./definition";
import { isolated } from "@/components/i18n/isolated";

const sumOrNull = (...values: (number | null)[]) => (values.every((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0));

function RescuingVessel({ vessel }: { vessel: IncidentDetail["vessel"] }) {
  const t = useTranslations("casePage");
  const tVocab = useTranslations("vocab");
  if (!vessel) return <>{t("none")}</>;
  const kind = tVocab("vesselKind", { kind: vessel.kind });
  return <>{vessel.flagState ? t.rich("vesselWithFlag", { name: vessel.name, kind, flag: vessel.flagState, bdi: isolated }) : t.rich("vessel", { name: vessel.name, kind, bdi: isolated })}</>;
}

export function IncidentFigures({ incident }: { incident: IncidentDetail }) {
  const t = useTranslations("casePage");
  const tField = useTranslations("validation.incidentField");
  const tVocab = useTranslations("vocab");
  const format = useFormatter();
  const count = (value: number | null) => (value === null ? null : format.number(value));
  const figure = (value: number | null) => count(value) ?? "?";
  const list = (items: string[]) => (items.length ? format.list(items, { type: "unit", style: "short" }) : null);
  return (
    <section aria-labelledby="figures-heading" className="card">
      <h2 id="figures-heading">{t("figuresHeading")}</h2>
      <dl className="definitions">
        <Definition term={tField("vesselId")}><RescuingVessel vessel={incident.vessel} /></Definition>
        <Definition term={tField("boatType")}>{incident.boatType && tVocab("boatType", { type: incident.boatType })}</Definition>
        <Definition term={tField("boatConditions")}>{list(incident.boatConditions.map((condition) => tVocab("boatCondition", { condition })))}</Definition>
        <Definition term={tField("personsOnBoard")}>{count(incident.personsOnBoard)}</Definition>
      </dl>
      <dl className="figures" aria-label={t("people")}>
        <div><dt>{tField("rescued")}</dt><dd>{figure(incident.rescued)}</dd></div>
        <div><dt>{tField("dead")}</dt><dd>{figure(incident.dead)}</dd></div>
        <div><dt>{tField("missing")}</dt><dd>{figure(incident.missing)}</dd></div>
        <div><dt>{t("deadAndMissing")}</dt><dd>{figure(sumOrNull(incident.dead, incident.missing))}</dd></div>
      </dl>
      <dl className="definitions">
        <Definition term={tField("causesOfDeath")}>{list(incident.causesOfDeath.map((cause) => tVocab("causeOfDeath", { cause })))}</Definition>
        <Definition term={tField("unaccompaniedMinors")}>{count(incident.unaccompaniedMinors)}</Definition>
        <Definition term={tField("pregnantWomen")}>{count(incident.pregnantWomen)}</Definition>
        <Definition term={tField("infants")}>{count(incident.infants)}</Definition>
      </dl>
    </section>
  );
}
