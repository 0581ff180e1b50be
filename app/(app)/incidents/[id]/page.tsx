import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/components/ui/link";
import { IncidentFigures } from "@/components/incident-page/incident-figures";
import { IncidentPlace } from "@/components/incident-page/incident-place";
import { IncidentRows } from "@/components/incident-page/incident-rows";
import { IncidentText } from "@/components/incident-page/incident-text";
import { PeopleOnBoard } from "@/components/incident-page/people-on-board";
import { RecordedBy } from "@/components/incident-page/recorded-by";
import { CaseReaders } from "@/components/reads/case-readers";
import { RevisionTimeline } from "@/components/incident-page/revision-timeline";
import { SameEvent } from "@/components/incident-page/same-event";
import { SameVesselDay } from "@/components/incident-page/same-vessel-day";
import { StatusActions } from "@/components/incident-page/status-actions";
import { StatusBadge } from "@/components/incidents/status-badge";
import { TimelineSection } from "@/components/timeline/timeline-section";
import { TrackSection } from "@/components/track/track-section";
import { getRevisions } from "@/lib/data/incidents/revisions";
import { findSameEvent } from "@/lib/data/incidents/same-event";
import { findSameVesselSameDay } from "@/lib/data/incidents/same-vessel-day";
import { findCaseReaders } from "@/lib/data/reads/case-readers";
import { recordReadAfterResponse } from "@/lib/data/reads/record-read";
import { listTimelineChoices } from "@/lib/data/timeline/list-timeline-choices";
import { listTimelineEvents } from "@/lib/data/timeline/list-timeline-events";
import { getTimelineRevisions } from "@/lib/data/timeline/timeline-revisions";
import { findCaseErasures } from "@/lib/privacy/erasure/case-erasures";
import { listTrackPoints } from "@/lib/data/track/list-track-points";
import { buildTrack } from "@/lib/track/build-track";
import { findIncident } from "./find-incident";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { incident } = await findIncident((await params).id);
  const t = await getTranslations("casePage");
  return { title: t("title", { reference: incident.reference }) };
}

export default async function IncidentPage({ params }: Props) {
  const { user, incident } = await findIncident((await params).id);
  const t = await getTranslations("casePage");
  recordReadAfterResponse(user, { incidentId: incident.id, kind: "view" });
  const [revisions, sameDay, sameEvent, timeline, timelineRevisions, choices, trackPoints, erasures, readers] = await Promise.all([
    getRevisions(user, incident.id), findSameVesselSameDay(user, incident), findSameEvent(user, incident), listTimelineEvents(user, incident.id),
    getTimelineRevisions(user, incident.id), incident.allowed.edit ? listTimelineChoices(user, incident.id) : undefined,
    listTrackPoints(user, incident.id), findCaseErasures(user, incident.id), incident.allowed.audit ? findCaseReaders(user, incident.id) : undefined,
  ]);
  const now = new Date();
  const editable = (
    <>
      <TimelineSection incident={incident} timeline={timeline} now={now}
        choices={choices && { ...choices, caseReferences: sameDay.map((row) => row.reference) }} />
      <PeopleOnBoard incident={incident} />
      <TrackSection incidentId={incident.id} version={incident.version} points={trackPoints} canEdit={incident.allowed.edit} />
    </>
  );
  return (
    <article className="incident-page">
      <div className="page-heading">
        <h1>{incident.reference}</h1>
        <StatusBadge status={incident.status} />
        {incident.relation === "partner" && <span className="badge">{t("partnerReadOnly")}</span>}
        <div className="incident-actions">
          {incident.allowed.edit && <Link className="button" href={`/incidents/${incident.id}/edit`}>{t("edit")}</Link>}
          <StatusActions id={incident.id} version={incident.version} allowed={incident.allowed} />
        </div>
      </div>
      <RecordedBy incident={incident} />
      <div className="incident-grid">
        <IncidentPlace incident={incident} track={buildTrack(timeline.events, trackPoints)} />
        <IncidentFigures incident={incident} />
      </div>
      <SameEvent incidents={sameEvent} eventGroup={incident.eventGroup} />
      <SameVesselDay incidents={sameDay} vesselName={incident.vessel?.name} />
      {/* The forms of the timeline and the track, for those who may edit: their words go to the browser. */}
      {incident.allowed.edit ? <ClientMessages namespaces={["timeline", "track", "vocab", "incidentForm", "privacyWarnings"]}>{editable}</ClientMessages> : editable}
      <IncidentRows incident={incident} />
      <IncidentText incident={incident} />
      <RevisionTimeline revisions={revisions} timelineRevisions={timelineRevisions} erasures={erasures} />
      {readers && <CaseReaders readers={readers} reference={incident.reference} organizationId={incident.organizationId} />}
      {incident.allowed.audit && (
        <p><Link href={`/audit?incident=${encodeURIComponent(incident.reference)}`}>{t("auditLink")}</Link></p>
      )}
    </article>
  );
}
