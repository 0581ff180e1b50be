import type { Metadata } from "next";
import { IncidentForm } from "@/components/incident-form/incident-form";
import { EMPTY_INCIDENT } from "@/components/incident-form/form-values";
import { partnerOptions, vesselOptions } from "@/components/incident-form/options";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listPartnerOptions } from "@/lib/data/organizations";
import { listVesselOptions } from "@/lib/data/vessels";

export const metadata: Metadata = { title: "New incident" };

export default async function NewIncidentPage() {
  const user = await requireUser();
  if (!can(user, "incident:create")) return <p className="alert">Your role cannot record incidents.</p>;
  const [vessels, partners] = await Promise.all([listVesselOptions(user), listPartnerOptions(user)]);
  return (
    <>
      <h1>New incident</h1>
      <IncidentForm initialValues={EMPTY_INCIDENT} vessels={vesselOptions(vessels)} partners={partnerOptions(partners)} />
    </>
  );
}
