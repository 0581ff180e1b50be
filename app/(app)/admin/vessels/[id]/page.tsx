import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { VesselActiveToggle } from "@/components/admin/vessel-active-toggle";
import { VesselForm } from "@/components/admin/vessel-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getManagedVessel } from "@/lib/data/vessels-admin";
import { orNotFound } from "../../or-not-found";
import { operatorChoices } from "../operator-choices";

type Props = { params: Promise<{ id: string }> };

// Read once per request, for the title and the page.
const loadVessel = cache(async (id: string) => {
  const admin = await requireUser();
  if (!can(admin, "vessels:manage")) notFound();
  return { admin, vessel: await orNotFound(getManagedVessel(admin, id)) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { vessel } = await loadVessel((await params).id);
  return { title: `Vessel ${vessel.name}` };
}

export default async function VesselPage({ params }: Props) {
  const { admin, vessel: { organization, ...vessel } } = await loadVessel((await params).id);
  const organizations = await operatorChoices(admin);
  return (
    <>
      <h1>{vessel.name}</h1>
      {organization && <p className="muted">Operated by {organization.shortName}.</p>}
      <VesselForm vessel={vessel} organizations={organizations} />
      <VesselActiveToggle vessel={vessel} />
    </>
  );
}
