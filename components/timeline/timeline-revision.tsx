import type { ReactNode } from "react";
import { LocalTime } from "@/components/ui/local-time";
import type { FromTo, TimelineRevision } from "@/lib/data/timeline/timeline-revisions";
import { ALERT_SOURCE_LABELS, EVENT_TYPE_LABELS, OUTCOME_LABELS, PHASE_LABELS } from "@/lib/timeline/labels";

type Picture = Record<string, unknown> | null;

const FIELD_LABELS: Record<string, string> = {
  type: "what happened", occurredAt: "time", alertSource: "alert source", count: "count", port: "port", position: "position",
  who: "who", linkedCase: "linked case", evacuation: "evacuation", note: "note",
};
// Named, not quoted: a linked case may be one the reader cannot open, and a note reads better on the timeline.
const WITHOUT_VALUES = new Set(["linkedCase", "evacuation", "note"]);

const labelOf = (labels: Record<string, string>, value: unknown) => (typeof value === "string" ? (labels[value] ?? value) : null);

function Value({ field, value }: { field: string; value: unknown }): ReactNode {
  if (value === null || value === undefined || value === "") return field === "outcome" ? "not recorded" : "none";
  if (field === "occurredAt" && typeof value === "string") return <LocalTime value={value} />;
  if (field === "type") return labelOf(EVENT_TYPE_LABELS, value);
  if (field === "alertSource") return labelOf(ALERT_SOURCE_LABELS, value);
  if (field === "phase") return labelOf(PHASE_LABELS, value);
  if (field === "outcome") return labelOf(OUTCOME_LABELS, value);
  return String(value);
}

function EventName({ event, isTrackPoint }: { event: Picture; isTrackPoint: boolean }) {
  if (isTrackPoint) {
    const when = typeof event?.occurredAt === "string" ? <LocalTime value={event.occurredAt} /> : "unknown time";
    return <>point of {when}{typeof event?.position === "string" && ` (${event.position})`}</>;
  }
  if (!event) return <>an event</>;
  const type = labelOf(EVENT_TYPE_LABELS, event.type) ?? "event";
  return <>“{type}” of {typeof event.occurredAt === "string" ? <LocalTime value={event.occurredAt} /> : "unknown time"}</>;
}

function Changes({ changes }: { changes: Record<string, FromTo> }) {
  const entries = Object.entries(changes);
  return entries.map(([field, { from, to }], i) => (
    <span key={field}>
      {i > 0 && ", "}
      {FIELD_LABELS[field] ?? field}
      {!WITHOUT_VALUES.has(field) && <> <Value field={field} value={from} /> → <Value field={field} value={to} /></>}
    </span>
  ));
}

function CaseChange({ changes }: { changes: Record<string, FromTo> }) {
  const { phase, phaseSetByHand, outcome } = changes;
  const byHand = phaseSetByHand?.to ?? null;
  const how = byHand === true ? " (set by hand)" : byHand === false ? " (follows the timeline again)" : "";
  return (
    <>
      {phase && <><strong>Phase</strong> <Value field="phase" value={phase.from} /> → <Value field="phase" value={phase.to} />{how}</>}
      {!phase && phaseSetByHand && <><strong>Phase</strong>{byHand ? " set by hand" : " follows the timeline again"}</>}
      {(phase || phaseSetByHand) && outcome && "; "}
      {outcome && <><strong>Outcome</strong> <Value field="outcome" value={outcome.from} /> → <Value field="outcome" value={outcome.to} /></>}
    </>
  );
}

/** One change to the timeline, the track, the phase or the outcome, in words. */
export function TimelineRevisionText({ revision }: { revision: TimelineRevision }) {
  if (revision.kind === "case") return <CaseChange changes={revision.changes} />;
  const verb = { added: "added", removed: "removed", changed: "changed" }[revision.kind];
  return (
    <>
      <strong>{revision.entity === "TrackPoint" ? "Track" : "Timeline"}</strong> {verb} <EventName event={revision.event} isTrackPoint={revision.entity === "TrackPoint"} />
      {revision.kind === "changed" && <>: <Changes changes={revision.changes} /></>}
    </>
  );
}
