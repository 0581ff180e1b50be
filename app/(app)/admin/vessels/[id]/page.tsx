import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VesselActiveToggle } from "@/components/admin/vessel-active-toggle";
import { VesselForm } from "@/components/admin/vessel-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getManagedVessel } from "@/lib/data/vessels-admin";
import { orNotFound } from "../../or-not-found";
import { operatorChoices } from "../operator-choices";

export const metadata: Metadata = { title: "Edit vessel" };

export default async function VesselPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireUser();
  if (!can(admin, "vessels:manage")) notFound();
  const { id } = await params;
  const [{ organization, ...vessel }, organizations] = await Promise.all([orNotFound(getManagedVessel(admin, id)), operatorChoices(admin)]);
  return (
    <>
      <h1>{vessel.name}</h1>
      {organization && <p className="muted">Operated by {organization.shortName}.</p>}
      <VesselForm vessel={vessel} organizations={organizations} />
      <VesselActiveToggle vessel={vessel} />
    </>
  );
}
