import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ChangeArrow } from "@/components/timeline/change-arrow";
import { TimelineRevisionText } from "@/components/timeline/timeline-revision";
import { LocalTime } from "@/components/ui/local-time";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { Revision, RevisedField, RevisionValue } from "@/lib/data/incidents/revisions";
import type { TimelineRevision } from "@/lib/data/timeline/timeline-revisions";
import type { CaseErasure } from "@/lib/privacy/erasure/case-erasures";
import { FIELD } from "@/lib/schemas/incident-labels";
import { FOLLOWS_TIMELINE_REASON } from "@/lib/timeline/phase";

function Value({ field, value }: { field: RevisedField; value: RevisionValue }) {
  const t = useTranslations("casePage");
  const format = useFormatter();
  if (value === null || (Array.isArray(value) && value.length === 0)) return <>{field === "nationalities" ? t("revisionNone") : t("revisionUnknown")}</>;
  if (typeof value === "number") return <>{format.number(value)}</>;
  if (Array.isArray(value)) return <>{value.join(", ")}</>;
  return field === "departedAt" ? <LocalTime value={value} /> : <>{value}</>;
}

function FigureRevision({ revision: r }: { revision: Revision }) {
  const t = useTranslations("casePage");
  const text = useMessageText();
  const name = <strong>{text(FIELD[r.field])}</strong>;
  if (r.from === null) return <>{name} {t.rich("firstRecordedAs", { value: () => <Value field={r.field} value={r.to} /> })}</>;
  return <>{name} <ChangeArrow from={<Value field={r.field} value={r.from} />} to={<Value field={r.field} value={r.to} />} /></>;
}

function ErasureText({ erasure }: { erasure: CaseErasure }) {
  const t = useTranslations("casePage");
  const tErasure = useTranslations("erasure");
  const format = useFormatter();
  const fields = format.list(erasure.fields.map((place) => tErasure("place", { place })));
  return <>{t("erasedEntry", { fields, occurrences: erasure.occurrences })}</>;
}

type Entry = { at: Date; reason: string | null; actorName: string | null; text: ReactNode };

/**
 * How the figures were revised, e.g. "Dead 11 → 29 — On closer examination — Jane Doe, 25 Oct 2016 14:05",
 * how the timeline, the phase and the outcome changed, and where personal data was erased, oldest first.
 */
export function RevisionTimeline({ revisions, timelineRevisions = [], erasures = [] }: { revisions: Revision[]; timelineRevisions?: TimelineRevision[]; erasures?: CaseErasure[] }) {
  const t = useTranslations("casePage");
  const revised = revisions.filter((r) => r.from !== null || revisions.some((o) => o !== r && o.field === r.field));
  const entries: Entry[] = [
    ...revised.map((r) => ({ ...r, text: <FigureRevision revision={r} /> })),
    ...timelineRevisions.map((r) => ({ ...r, text: <TimelineRevisionText revision={r} /> })),
    ...erasures.map((e) => ({ ...e, text: <ErasureText erasure={e} /> })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <section aria-labelledby="revisions-heading" className="card">
      <h2 id="revisions-heading">{t("revisionsHeading")}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t("noRevisions")}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry, i) => (
            <li key={i}>
              {entry.text}
              {entry.reason && <> — <em>{entry.reason === FOLLOWS_TIMELINE_REASON ? t("followsTimelineReason") : entry.reason}</em></>} — <bdi>{entry.actorName ?? t("unknownUser")}</bdi>, <LocalTime value={entry.at} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
