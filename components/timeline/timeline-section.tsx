import { useTranslations } from "next-intl";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import type { Timeline, TimelineRow } from "@/lib/data/timeline/list-timeline-events";
import type { TimelineEventFormValues } from "@/lib/schemas/timeline";
import { posRequestNumbers, timelineDurations } from "@/lib/timeline/durations";
import { derivePhase } from "@/lib/timeline/phase";
import { AddTimelineEvent } from "./add-timeline-event";
import { EditableEvent } from "./editable-event";
import type { TimelineChoices } from "./event-form-fields";
import { EventSummary } from "./event-summary";
import { PhaseOutcomeForm } from "./phase-outcome-form";
import { TimelineDurations } from "./timeline-durations";

type Props = {
  incident: Pick<IncidentDetail, "id" | "version" | "evacuations">;
  timeline: Timeline;
  /** What the form offers; absent for readers who may not edit the case. */
  choices?: Omit<TimelineChoices, "evacuations">;
  now: Date;
};

const valuesOf = (event: TimelineRow): TimelineEventFormValues => ({
  type: event.type, occurredAt: event.occurredAt.toISOString(), alertSource: event.alertSource ?? "", count: event.count?.toString() ?? "",
  port: event.port ?? "", position: event.positionText ?? "",
  whoKind: event.vesselId ? "vessel" : event.organizationId ? "organization" : event.authority ? "authority" : "",
  vesselId: event.vesselId ?? "", organizationId: event.organizationId ?? "", authority: event.authority ?? "",
  linkedReference: event.linkedCase?.reference ?? "", evacuationId: event.evacuationId ?? "", note: event.note ?? "", version: 1,
});

/** The case as it unfolded: phase and outcome, the durations people quote, the events in time order. */
export function TimelineSection({ incident, timeline, choices, now }: Props) {
  const t = useTranslations("casePage.timeline");
  const tVocab = useTranslations("vocab");
  const { events } = timeline;
  const requestNumbers = posRequestNumbers(events);
  const evacuations = incident.evacuations.map((row) => ({
    id: row.id, value: row.id, label: t("evacuationChoice", { count: row.count, means: row.means, destination: row.destination ?? "none" }),
  }));
  const derivedPhase = derivePhase(events);
  return (
    <section aria-labelledby="timeline-heading" className="card timeline-section">
      <h2 id="timeline-heading" tabIndex={-1}>{t("heading")}</h2>
      {choices ? (
        <PhaseOutcomeForm incidentId={incident.id} version={incident.version} phase={timeline.phase} phaseSetByHand={timeline.phaseSetByHand} outcome={timeline.outcome} derivedPhase={derivedPhase} />
      ) : (
        <dl className="definitions timeline-phase">
          <dt>{t("phase")}</dt><dd>{tVocab("phase", { phase: timeline.phase })}{!timeline.phaseSetByHand && <span className="muted"> {t("followsTimeline")}</span>}</dd>
          <dt>{t("outcome")}</dt><dd>{timeline.outcome ? tVocab("outcome", { outcome: timeline.outcome }) : <span className="muted">{t("notRecorded")}</span>}</dd>
        </dl>
      )}
      <TimelineDurations durations={timelineDurations(events, now)} />
      {events.length === 0 ? (
        <p className="muted">{t("noEvents")}</p>
      ) : (
        <ol className="timeline-events">
          {events.map((event, i) => {
            const summary = <EventSummary event={event} requestNumber={requestNumbers.get(event.id)} evacuations={evacuations} />;
            if (!choices) return <li key={event.id} className="timeline-item">{summary}</li>;
            return (
              <EditableEvent key={event.id} incidentId={incident.id} version={incident.version} eventId={event.id}
                name={t("eventName", { number: i + 1, type: tVocab("eventType", { type: event.type }) })} values={valuesOf(event)} choices={{ ...choices, evacuations }}>
                {summary}
              </EditableEvent>
            );
          })}
        </ol>
      )}
      {choices && <AddTimelineEvent incidentId={incident.id} version={incident.version} choices={{ ...choices, evacuations }} />}
    </section>
  );
}
