import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";
import { ChangeArrow } from "./change-arrow";
import { Duration } from "@/components/ui/duration";
import type { Durations, Span } from "@/lib/timeline/durations";

function Between({ span }: { span: Span }) {
  return <span className="muted"> (<ChangeArrow from={<LocalTime value={span.from} />} to={<LocalTime value={span.to} />} />)</span>;
}

/** The durations people quote about a case: alert → on scene, the stand-off, the wait for a place of safety. */
export function TimelineDurations({ durations }: { durations: Durations }) {
  const t = useTranslations("casePage.timeline");
  const { alertToOnScene, rescueToDisembarkation, withoutPlaceOfSafety } = durations;
  if (!alertToOnScene && !rescueToDisembarkation && !withoutPlaceOfSafety) return <p className="muted">{t("noDurations")}</p>;
  return (
    <dl className="timeline-durations">
      {alertToOnScene && (
        <div><dt>{t("alertToOnScene")}</dt><dd><Duration ms={alertToOnScene.ms} /><Between span={alertToOnScene} /></dd></div>
      )}
      {rescueToDisembarkation && (
        <div><dt>{t("rescueToDisembarkation")}</dt><dd><Duration ms={rescueToDisembarkation.ms} /><Between span={rescueToDisembarkation} /></dd></div>
      )}
      {withoutPlaceOfSafety && (
        <div>
          <dt>{t("withoutPlaceOfSafety")}</dt>
          <dd>
            <Duration ms={withoutPlaceOfSafety.ms} />
            {withoutPlaceOfSafety.isRunning
              ? <span className="muted"> {t.rich("noneAssignedSince", { time: () => <LocalTime value={withoutPlaceOfSafety.from} /> })}</span>
              : <Between span={withoutPlaceOfSafety} />}
          </dd>
        </div>
      )}
    </dl>
  );
}
