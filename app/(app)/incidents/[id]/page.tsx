import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { IncidentFigures } from "@/components/incident-page/incident-figures";
import { IncidentPlace } from "@/components/incident-page/incident-place";
import { IncidentRows } from "@/components/incident-page/incident-rows";
import { IncidentText } from "@/components/incident-page/incident-text";
import { RevisionTimeline } from "@/components/incident-page/revision-timeline";
import { SameVesselDay } from "@/components/incident-page/same-vessel-day";
import { StatusActions } from "@/components/incident-page/status-actions";
import { StatusBadge } from "@/components/incidents/status-badge";
import { IOM_DATASET } from "@/lib/csv/columns";
import { can } from "@/lib/auth/permissions";
import { getRevisions } from "@/lib/data/incidents/revisions";
import { findSameVesselSameDay } from "@/lib/data/incidents/same-vessel-day";
import { findIncident } from "./find-incident";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { incident } = await findIncident((await params).id);
  return { title: incident.reference };
}

export default async function IncidentPage({ params }: Props) {
  const { user, incident } = await findIncident((await params).id);
  const [revisions, sameDay] = await Promise.all([getRevisions(user, incident.id), findSameVesselSameDay(user, incident)]);
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
      <IncidentRows incident={incident} />
      <IncidentText incident={incident} />
      <RevisionTimeline revisions={revisions} />
      {incident.relation === "own" && can(user, "audit:view") && (
        <p><Link href={`/audit?incident=${encodeURIComponent(incident.reference)}`}>Full history of this case in the audit log</Link></p>
      )}
    </article>
  );
}
