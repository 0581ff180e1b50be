import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { IncidentForm } from "@/components/incident-form/incident-form";
import { toFormValues } from "@/components/incident-form/form-values";
import { partnerOptions, vesselOptions } from "@/components/incident-form/options";
import { AppError } from "@/lib/app-error";
import { requireUser } from "@/lib/auth/session";
import { getIncident } from "@/lib/data/incidents/get-incident";
import { listPartnerOptions } from "@/lib/data/organizations";
import type { SessionUser } from "@/lib/data/users";
import { listVesselOptions } from "@/lib/data/vessels";
import { STATUS_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "Edit incident" };

async function findIncident(user: SessionUser, id: string) {
  try {
    return await getIncident(user, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  }
}

function refusal(incident: Awaited<ReturnType<typeof getIncident>>) {
  if (incident.relation === "partner") return `Your organization partnered on this case: only ${incident.organization.name} can edit it.`;
  return `You cannot edit this case while it is ${STATUS_LABELS[incident.status].toLowerCase()}.`;
}

export default async function EditIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const incident = await findIncident(user, id);
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
