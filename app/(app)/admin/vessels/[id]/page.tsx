import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { VesselActiveToggle } from "@/components/admin/vessel-active-toggle";
import { VesselForm } from "@/components/admin/vessel-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { isolated } from "@/components/i18n/isolated";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getManagedVessel } from "@/lib/data/vessels-admin";
import { orNotFound } from "@/lib/http/or-not-found";
import { operatorChoices } from "../operator-choices";

type Props = { params: Promise<{ id: string }> };

// Read once per request, for the title and the page.
const loadVessel = cache(async (id: string) => {
  const admin = await requireUser();
  if (!can(admin, "vessels:manage")) notFound();
  return { admin, vessel: await orNotFound(getManagedVessel(admin, id)) };
});

export async function generateMetadata({ params }: Props) {
  const { vessel } = await loadVessel((await params).id);
  const t = await getTranslations("admin");
  return { title: t("vesselTitle", { name: vessel.name }) };
}

export default async function VesselPage({ params }: Props) {
  const { admin, vessel: { organization, ...vessel } } = await loadVessel((await params).id);
  const [organizations, t] = await Promise.all([operatorChoices(admin), getTranslations("admin")]);
  return (
    <>
      <h1>{vessel.name}</h1>
      {organization && <p className="muted">{t.rich("operatedBy", { organization: organization.shortName, bdi: isolated })}</p>}
      <ClientMessages namespaces={["admin", "vocab"]}>
        <VesselForm vessel={vessel} organizations={organizations} />
        <VesselActiveToggle vessel={vessel} />
      </ClientMessages>
    </>
  );
}
