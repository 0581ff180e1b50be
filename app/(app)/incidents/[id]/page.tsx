import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { IncidentFigures } from "@/components/incident-page/incident-figures";
import { IncidentPlace } from "@/components/incident-page/incident-place";
import { IncidentRows } from "@/components/incident-page/incident-rows";
import { IncidentText } from "@/components/incident-page/incident-text";
import { PeopleOnBoard } from "@/components/incident-page/people-on-board";
import { RevisionTimeline } from "@/components/incident-page/revision-timeline";
import { SameVesselDay } from "@/components/incident-page/same-vessel-day";
import { StatusActions } from "@/components/incident-page/status-actions";
import { StatusBadge } from "@/components/incidents/status-badge";
import { TimelineSection } from "@/components/timeline/timeline-section";
import { TrackSection } from "@/components/track/track-section";
import { IOM_DATASET } from "@/lib/csv/columns";
import { can } from "@/lib/auth/permissions";
import { getRevisions } from "@/lib/data/incidents/revisions";
import { findSameVesselSameDay } from "@/lib/data/incidents/same-vessel-day";
import { listTimelineChoices } from "@/lib/data/timeline/list-timeline-choices";
import { listTimelineEvents } from "@/lib/data/timeline/list-timeline-events";
import { getTimelineRevisions } from "@/lib/data/timeline/timeline-revisions";
import { listTrackPoints } from "@/lib/data/track/list-track-points";
import { buildTrack } from "@/lib/track/build-track";
import { findIncident } from "./find-incident";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { incident } = await findIncident((await params).id);
  return { title: incident.reference };
}

export default async function IncidentPage({ params }: Props) {
  const { user, incident } = await findIncident((await params).id);
  const [revisions, sameDay, timeline, timelineRevisions, choices, trackPoints] = await Promise.all([
    getRevisions(user, incident.id), findSameVesselSameDay(user, incident), listTimelineEvents(user, incident.id),
    getTimelineRevisions(user, incident.id), incident.allowed.edit ? listTimelineChoices(user, incident.id) : undefined,
    listTrackPoints(user, incident.id),
  ]);
  const now = new Date();
  return (
    <article className="incident-page">
      <div className="page-heading">
        <h1>{incident.reference}</h1>
        <StatusBadge status={incident.status} />
        {incident.relation === "partner" && <span className="badge">Partner: read only</span>}
        <div className="incident-actions">
          {incident.allowed.edit && <Link className="button" href={`/incidents/${incident.id}/edit`}>Edit</Link>}
          <StatusActions id={incident.id} version={incident.version} allowed={incident.allowed} />
        </div>
      </div>
      <p className="muted">
        Recorded by {incident.organization.name}
        {incident.createdBy && ` (${incident.createdBy.name})`}
        {incident.sourceDataset && ` · imported from ${incident.sourceDataset}${incident.externalId ? ` #${incident.externalId}` : ""}`}
        {incident.sourceDataset === IOM_DATASET && " (data: IOM Missing Migrants Project, CC BY 4.0)"}
      </p>
      <div className="incident-grid">
        <IncidentPlace incident={incident} track={buildTrack(timeline.events, trackPoints)} />
        <IncidentFigures incident={incident} />
      </div>
      <SameVesselDay incidents={sameDay} vesselName={incident.vessel?.name} />
      <TimelineSection incident={incident} timeline={timeline} now={now}
        choices={choices && { ...choices, caseReferences: sameDay.map((row) => row.reference) }} />
      <PeopleOnBoard incident={incident} />
      <TrackSection incidentId={incident.id} version={incident.version} points={trackPoints} canEdit={incident.allowed.edit} />
      <IncidentRows incident={incident} />
      <IncidentText incident={incident} />
      <RevisionTimeline revisions={revisions} timelineRevisions={timelineRevisions} />
      {incident.relation === "own" && can(user, "audit:view") && (
        <p><Link href={`/audit?incident=${encodeURIComponent(incident.reference)}`}>Full history of this case in the audit log</Link></p>
      )}
    </article>
  );
}
