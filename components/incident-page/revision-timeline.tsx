import { LocalTime } from "@/components/ui/local-time";
import type { Revision, RevisedFigure } from "@/lib/data/incidents/revisions";
import { INCIDENT_FIELD_LABELS } from "@/lib/schemas/incident-vocabulary";

const FIGURE_LABELS: Record<RevisedFigure, string> = {
  personsOnBoard: INCIDENT_FIELD_LABELS.personsOnBoard, rescued: INCIDENT_FIELD_LABELS.rescued, dead: INCIDENT_FIELD_LABELS.dead, missing: INCIDENT_FIELD_LABELS.missing,
};
const value = (n: number | null) => (n === null ? "unknown" : n.toLocaleString("en"));

/** How the figures were revised, e.g. "Dead 11 → 29 — On closer examination — Jane Doe, 25 Oct 2016 14:05". */
export function RevisionTimeline({ revisions }: { revisions: Revision[] }) {
  const revised = revisions.filter((r) => r.from !== null || revisions.some((o) => o !== r && o.field === r.field));
  return (
    <section aria-labelledby="revisions-heading" className="card">
      <h2 id="revisions-heading">Revisions of the figures</h2>
      {revised.length === 0 ? (
        <p className="muted">The figures have not been revised since the incident was recorded.</p>
      ) : (
        <ol className="timeline">
          {revised.map((r, i) => (
            <li key={i}>
              <strong>{FIGURE_LABELS[r.field]}</strong> {r.from === null ? `first recorded as ${value(r.to)}` : `${value(r.from)} → ${value(r.to)}`}
              {r.reason && <> — <em>{r.reason}</em></>} — {r.actorName ?? "unknown user"}, <LocalTime value={r.at} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
