import { useFormatter, useTranslations } from "next-intl";
import { Fragment } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import type { TimelineRow } from "@/lib/data/timeline/list-timeline-events";
import { COUNT_LABEL, COUNT_LABELS, whoLabel } from "@/lib/timeline/event-fields";

export type EvacuationChoice = { id: string; label: string };

/** One event as the timeline shows it: time, what happened, and its details in words. */
export function EventSummary({ event, requestNumber, evacuations }: { event: TimelineRow; requestNumber?: number; evacuations: readonly EvacuationChoice[] }) {
  const t = useTranslations("casePage.timeline");
  const tVocab = useTranslations("vocab");
  const text = useMessageText();
  const format = useFormatter();
  const evacuation = event.evacuationId && evacuations.find((row) => row.id === event.evacuationId);
  // Values isolated (<bdi>): a position or a name keeps its own order in a right-to-left sentence.
  const detail = (label: string, value: string) => t.rich("detail", { label, value: () => <bdi>{value}</bdi> });
  const details = [
    event.alertSource && detail(t("source"), tVocab("alertSource", { source: event.alertSource })),
    event.count !== null && detail(text(COUNT_LABELS[event.type] ?? COUNT_LABEL), format.number(event.count)),
    event.port && detail(t("port"), event.port),
    event.who && detail(text(whoLabel(event.type)), event.who),
    evacuation && detail(t("evacuation"), evacuation.label),
    event.position && detail(t("position"), event.position),
  ].filter(Boolean);
  return (
    <div className="timeline-event">
      <p className="timeline-event-heading">
        <LocalTime value={event.occurredAt} /> <strong>{tVocab("eventType", { type: event.type })}</strong>
        {requestNumber !== undefined && ` ${t("request", { number: requestNumber })}`}
        {event.linkedCase && <> — <Link href={`/incidents/${event.linkedCase.id}`}>{event.linkedCase.reference}</Link></>}
      </p>
      {details.length > 0 && <p className="timeline-event-details">{details.map((d, i) => <Fragment key={i}>{i > 0 && " · "}{d}</Fragment>)}</p>}
      {event.note && <p className="timeline-event-note">{event.note}</p>}
    </div>
  );
}
