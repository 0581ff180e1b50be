import type { ReactNode } from "react";
import { TimelineRevisionText } from "@/components/timeline/timeline-revision";
import { LocalTime } from "@/components/ui/local-time";
import type { Revision, RevisedField, RevisionValue } from "@/lib/data/incidents/revisions";
import type { TimelineRevision } from "@/lib/data/timeline/timeline-revisions";
import { INCIDENT_FIELD_LABELS } from "@/lib/schemas/incident-vocabulary";

function Value({ field, value }: { field: RevisedField; value: RevisionValue }) {
  if (value === null || (Array.isArray(value) && value.length === 0)) return <>{field === "nationalities" ? "none" : "unknown"}</>;
  if (typeof value === "number") return <>{value.toLocaleString("en")}</>;
  if (Array.isArray(value)) return <>{value.join(", ")}</>;
  return field === "departedAt" ? <LocalTime value={value} /> : <>{value}</>;
}

type Entry = { at: Date; reason: string | null; actorName: string | null; text: ReactNode };

/**
 * How the figures were revised, e.g. "Dead 11 → 29 — On closer examination — Jane Doe, 25 Oct 2016 14:05",
 * and how the timeline, the phase and the outcome changed, oldest first.
 */
export function RevisionTimeline({ revisions, timelineRevisions = [] }: { revisions: Revision[]; timelineRevisions?: TimelineRevision[] }) {
  const revised = revisions.filter((r) => r.from !== null || revisions.some((o) => o !== r && o.field === r.field));
  const entries: Entry[] = [
    ...revised.map((r) => ({
      ...r,
      text: <><strong>{INCIDENT_FIELD_LABELS[r.field]}</strong> {r.from === null ? <>first recorded as <Value field={r.field} value={r.to} /></> : <><Value field={r.field} value={r.from} /> → <Value field={r.field} value={r.to} /></>}</>,
    })),
    ...timelineRevisions.map((r) => ({ ...r, text: <TimelineRevisionText revision={r} /> })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <section aria-labelledby="revisions-heading" className="card">
      <h2 id="revisions-heading">Revisions of the figures and the timeline</h2>
      {entries.length === 0 ? (
        <p className="muted">The figures have not been revised and the timeline has not changed since the incident was recorded.</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry, i) => (
            <li key={i}>
              {entry.text}
              {entry.reason && <> — <em>{entry.reason}</em></>} — {entry.actorName ?? "unknown user"}, <LocalTime value={entry.at} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
