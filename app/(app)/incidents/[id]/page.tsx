import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { IncidentFigures } from "@/components/incident-page/incident-figures";
import { IncidentPlace } from "@/components/incident-page/incident-place";
import { IncidentRows } from "@/components/incident-page/incident-rows";
import { IncidentText } from "@/components/incident-page/incident-text";
import { RevisionTimeline } from "@/components/incident-page/revision-timeline";
import { SameVesselDay } from "@/components/incident-page/same-vessel-day";
import { StatusActions } from "@/components/incident-page/status-actions";
import { StatusBadge } from "@/components/incidents/status-badge";
import { TimelineSection } from "@/components/timeline/timeline-section";
import { AppError } from "@/lib/app-error";
import { IOM_DATASET } from "@/lib/csv/columns";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getIncident } from "@/lib/data/incidents/get-incident";
import { getRevisions } from "@/lib/data/incidents/revisions";
import { findSameVesselSameDay } from "@/lib/data/incidents/same-vessel-day";
import { listTimelineChoices } from "@/lib/data/timeline/list-timeline-choices";
import { listTimelineEvents } from "@/lib/data/timeline/list-timeline-events";
import { getTimelineRevisions } from "@/lib/data/timeline/timeline-revisions";
import type { SessionUser } from "@/lib/data/users";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Incident" };

async function load(user: SessionUser, id: string) {
  try {
    const incident = await getIncident(user, id);
    const [revisions, sameDay, timeline, timelineRevisions, choices] = await Promise.all([
      getRevisions(user, id), findSameVesselSameDay(user, incident), listTimelineEvents(user, id), getTimelineRevisions(user, id),
      incident.allowed.edit ? listTimelineChoices(user, id) : undefined,
    ]);
    return { incident, revisions, sameDay, timeline, timelineRevisions, choices, now: new Date() };
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  }
}

export default async function IncidentPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const { incident, revisions, sameDay, timeline, timelineRevisions, choices, now } = await load(user, id);
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
        <IncidentPlace incident={incident} />
        <IncidentFigures incident={incident} />
      </div>
      <SameVesselDay incidents={sameDay} vesselName={incident.vessel?.name} />
      <TimelineSection incident={incident} timeline={timeline} now={now}
        choices={choices && { ...choices, caseReferences: sameDay.map((row) => row.reference) }} />
      <IncidentRows incident={incident} />
      <IncidentText incident={incident} />
      <RevisionTimeline revisions={revisions} timelineRevisions={timelineRevisions} />
      {incident.relation === "own" && can(user, "audit:view") && (
        <p><Link href={`/audit?incident=${encodeURIComponent(incident.reference)}`}>Full history of this case in the audit log</Link></p>
      )}
    </article>
  );
}
