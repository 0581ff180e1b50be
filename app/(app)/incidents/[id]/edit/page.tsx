import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { IncidentForm } from "@/components/incident-form/incident-form";
import { toFormValues } from "@/components/incident-form/form-values";
import { partnerOptions, vesselOptions } from "@/components/incident-form/options";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { listPartnerOptions } from "@/lib/data/organizations";
import { listVesselOptions } from "@/lib/data/vessels";
import { STATUS_LABELS } from "@/lib/labels";
import { findIncident } from "../find-incident";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { incident } = await findIncident((await params).id);
  return { title: `Edit ${incident.reference}` };
}

function refusal(incident: IncidentDetail) {
  if (incident.relation === "partner") return `Your organization partnered on this case: only ${incident.organization.name} can edit it.`;
  return `You cannot edit this case while it is ${STATUS_LABELS[incident.status].toLowerCase()}.`;
}

export default async function EditIncidentPage({ params }: Props) {
  const { user, incident } = await findIncident((await params).id);
  const heading = <h1>Edit {incident.reference}</h1>;
  if (!incident.allowed.edit) {
    return (
      <>
        {heading}
        <p className="alert">{refusal(incident)}</p>
        <Link href={`/incidents/${incident.id}`}>Back to the case</Link>
      </>
    );
  }
  const [vessels, partners] = await Promise.all([listVesselOptions(user, { keep: incident.vesselId }), listPartnerOptions(user)]);
  return (
    <>
      {heading}
      <IncidentForm
        incident={{ id: incident.id, version: incident.version }}
        initialValues={toFormValues(incident)}
        vessels={vesselOptions(vessels)}
        partners={partnerOptions(partners)}
      />
    </>
  );
}
