import { LocalTime } from "@/components/ui/local-time";
import { type Durations, formatDuration, type Span } from "@/lib/timeline/durations";

function Between({ span }: { span: Span }) {
  return <span className="muted"> (<LocalTime value={span.from} /> → <LocalTime value={span.to} />)</span>;
}

/** The durations people quote about a case: alert → on scene, the stand-off, the wait for a place of safety. */
export function TimelineDurations({ durations }: { durations: Durations }) {
  const { alertToOnScene, rescueToDisembarkation, withoutPlaceOfSafety } = durations;
  if (!alertToOnScene && !rescueToDisembarkation && !withoutPlaceOfSafety) {
    return <p className="muted">Durations show here once the timeline has an alert and the time on scene, a rescue and the disembarkation, or a request for a place of safety.</p>;
  }
  return (
    <dl className="timeline-durations">
      {alertToOnScene && (
        <div><dt>Alert → on scene</dt><dd>{formatDuration(alertToOnScene.ms)}<Between span={alertToOnScene} /></dd></div>
      )}
      {rescueToDisembarkation && (
        <div><dt>Rescue → disembarkation</dt><dd>{formatDuration(rescueToDisembarkation.ms)}<Between span={rescueToDisembarkation} /></dd></div>
      )}
      {withoutPlaceOfSafety && (
        <div>
          <dt>Without a place of safety</dt>
          <dd>
            {formatDuration(withoutPlaceOfSafety.ms)}
            {withoutPlaceOfSafety.isRunning ? <span className="muted"> so far: none assigned since the first request (<LocalTime value={withoutPlaceOfSafety.from} />)</span> : <Between span={withoutPlaceOfSafety} />}
          </dd>
        </div>
      )}
    </dl>
  );
}
