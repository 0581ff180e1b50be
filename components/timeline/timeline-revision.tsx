import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LocalTime } from "@/components/ui/local-time";
import { ChangeArrow } from "./change-arrow";
import type { FromTo, TimelineRevision } from "@/lib/data/timeline/timeline-revisions";
import { isolated } from "@/components/i18n/isolated";

type Picture = Record<string, unknown> | null;

// Named, not quoted: a linked case may be one the reader cannot open, and a note reads better on the timeline.
const WITHOUT_VALUES = new Set(["linkedCase", "evacuation", "note"]);
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

function Value({ field, value }: { field: string; value: unknown }): ReactNode {
  const t = useTranslations("casePage.timeline");
  const tVocab = useTranslations("vocab");
  if (value === null || value === undefined || value === "") return field === "outcome" ? t("notRecordedValue") : t("noneValue");
  if (field === "occurredAt" && typeof value === "string") return <LocalTime value={value} />;
  if (typeof value !== "string") return String(value);
  if (field === "type") return tVocab("eventType", { type: value });
  if (field === "alertSource") return tVocab("alertSource", { source: value });
  if (field === "phase") return tVocab("phase", { phase: value });
  if (field === "outcome") return tVocab("outcome", { outcome: value });
  return <bdi>{value}</bdi>;
}

function When({ value }: { value: unknown }) {
  const t = useTranslations("casePage.timeline");
  return typeof value === "string" ? <LocalTime value={value} /> : <>{t("unknownTime")}</>;
}

function EventName({ event, isTrackPoint }: { event: Picture; isTrackPoint: boolean }) {
  const t = useTranslations("casePage.timeline");
  const tVocab = useTranslations("vocab");
  const time = () => <When value={event?.occurredAt} />;
  if (isTrackPoint) {
    const position = typeof event?.position === "string" ? event.position : null;
    return <>{position ? t.rich("pointOfAt", { position, time, bdi: isolated }) : t.rich("pointOf", { time })}</>;
  }
  if (!event) return <>{t("anEvent")}</>;
  const type = typeof event.type === "string" ? tVocab("eventType", { type: event.type }) : t("anEvent");
  return <>{t.rich("eventOf", { type, time })}</>;
}

function Changes({ changes }: { changes: Record<string, FromTo> }) {
  const t = useTranslations("casePage.timeline");
  return Object.entries(changes).map(([field, { from, to }], i) => (
    <span key={field}>
      {i > 0 && ", "}
      {t("changedField", { field })}
      {!WITHOUT_VALUES.has(field) && <> <ChangeArrow from={<Value field={field} value={from} />} to={<Value field={field} value={to} />} /></>}
    </span>
  ));
}

function CaseChange({ changes }: { changes: Record<string, FromTo> }) {
  const t = useTranslations("casePage.timeline");
  const { phase, phaseSetByHand, outcome } = changes;
  const byHand = phaseSetByHand?.to ?? null;
  const how = byHand === null ? null : t("phaseHow", { byHand: byHand === true ? "yes" : "no" });
  return (
    <>
      {phase && <><strong>{t("phase")}</strong> <ChangeArrow from={<Value field="phase" value={phase.from} />} to={<Value field="phase" value={phase.to} />} />{how && ` (${how})`}</>}
      {!phase && phaseSetByHand && <><strong>{t("phase")}</strong> {how}</>}
      {(phase || phaseSetByHand) && outcome && "; "}
      {outcome && <><strong>{t("outcome")}</strong> <ChangeArrow from={<Value field="outcome" value={outcome.from} />} to={<Value field="outcome" value={outcome.to} />} /></>}
    </>
  );
}

/** One change to the timeline, the track, the phase or the outcome, in words. */
export function TimelineRevisionText({ revision }: { revision: TimelineRevision }) {
  const t = useTranslations("casePage.timeline");
  if (revision.kind === "case") return <CaseChange changes={revision.changes} />;
  const isTrackPoint = revision.entity === "TrackPoint";
  return (
    <>
      {t.rich("revision", { entity: isTrackPoint ? "track" : "timeline", kind: revision.kind, strong, name: () => <EventName event={revision.event} isTrackPoint={isTrackPoint} /> })}
      {revision.kind === "changed" && <>: <Changes changes={revision.changes} /></>}
    </>
  );
}
