import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import type { TimelineRow } from "@/lib/data/timeline/list-timeline-events";
import { COUNT_LABELS, whoLabel } from "@/lib/timeline/event-fields";
import { ordinal } from "@/lib/timeline/durations";
import { ALERT_SOURCE_LABELS, EVENT_TYPE_LABELS } from "@/lib/timeline/labels";

export type EvacuationChoice = { id: string; label: string };

/** One event as the timeline shows it: time, what happened, and its details in words. */
export function EventSummary({ event, requestNumber, evacuations }: { event: TimelineRow; requestNumber?: number; evacuations: readonly EvacuationChoice[] }) {
  const evacuation = event.evacuationId && evacuations.find((row) => row.id === event.evacuationId);
  const details = [
    event.alertSource && `Source: ${ALERT_SOURCE_LABELS[event.alertSource]}`,
    event.count !== null && `${COUNT_LABELS[event.type] ?? "Count"}: ${event.count.toLocaleString("en")}`,
    event.port && `Port: ${event.port}`,
    event.who && `${whoLabel(event.type)}: ${event.who}`,
    evacuation && `Evacuation: ${evacuation.label}`,
    event.position && `Position: ${event.position}`,
  ].filter((detail): detail is string => Boolean(detail));
  return (
    <div className="timeline-event">
      <p className="timeline-event-heading">
        <LocalTime value={event.occurredAt} /> <strong>{EVENT_TYPE_LABELS[event.type]}</strong>
        {requestNumber !== undefined && ` (${ordinal(requestNumber)} request)`}
        {event.linkedCase && <> — <Link href={`/incidents/${event.linkedCase.id}`}>{event.linkedCase.reference}</Link></>}
      </p>
      {details.length > 0 && <p className="timeline-event-details">{details.join(" · ")}</p>}
      {event.note && <p className="timeline-event-note">{event.note}</p>}
    </div>
  );
}
