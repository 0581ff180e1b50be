import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VesselForm } from "@/components/admin/vessel-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { operatorChoices } from "../operator-choices";

export const metadata: Metadata = { title: "Add vessel" };

export default async function NewVesselPage() {
  const admin = await requireUser();
  if (!can(admin, "vessels:manage")) notFound();
  return (
    <>
      <h1>Add vessel</h1>
      <VesselForm organizations={await operatorChoices(admin)} />
    </>
  );
}
