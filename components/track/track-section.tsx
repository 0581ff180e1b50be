import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";
import type { TrackPointRow } from "@/lib/data/track/list-track-points";
import type { TrackPointFormValues } from "@/lib/schemas/track";
import { AddTrackPoint, EditableTrackPoint } from "./editable-track-point";
import { isolated } from "@/components/i18n/isolated";

type Props = {
  incidentId: string;
  version: number;
  points: readonly TrackPointRow[];
  /** Whether the reader may change the case (partners and closed statuses read only). */
  canEdit: boolean;
};

const valuesOf = (point: TrackPointRow): TrackPointFormValues => ({
  occurredAt: point.occurredAt.toISOString(), position: point.positionText, note: point.note ?? "", version: 1,
});

function PointSummary({ point }: { point: TrackPointRow }) {
  const t = useTranslations("casePage.track");
  return (
    <div className="timeline-event">
      <p className="timeline-event-heading"><LocalTime value={point.occurredAt} /> <strong><bdi>{point.position}</bdi></strong></p>
      {point.positionText !== point.position && <p className="timeline-event-details">{t.rich("asEntered", { position: point.positionText, bdi: isolated })}</p>}
      {point.note && <p className="timeline-event-note">{point.note}</p>}
    </div>
  );
}

/** Positions of the case between its events (a drift, a search): they join the events' positions on the case's map. */
export function TrackSection({ incidentId, version, points, canEdit }: Props) {
  const t = useTranslations("casePage.track");
  return (
    <section aria-labelledby="track-heading" className="card timeline-section">
      <h2 id="track-heading" tabIndex={-1}>{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      {points.length === 0 ? (
        <p className="muted">{t("noPoints")}</p>
      ) : (
        <ol className="timeline-events" aria-label={t("listLabel")}>
          {points.map((point, i) => {
            const summary = <PointSummary point={point} />;
            if (!canEdit) return <li key={point.id} className="timeline-item">{summary}</li>;
            return (
              <EditableTrackPoint key={point.id} incidentId={incidentId} version={version} pointId={point.id}
                name={t("pointName", { number: i + 1, position: point.position })} values={valuesOf(point)}>
                {summary}
              </EditableTrackPoint>
            );
          })}
        </ol>
      )}
      {canEdit && <AddTrackPoint incidentId={incidentId} version={version} />}
    </section>
  );
}
