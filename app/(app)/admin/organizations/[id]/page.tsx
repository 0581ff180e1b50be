import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { OrganizationForm } from "@/components/admin/organization-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getManagedOrganization } from "@/lib/data/organizations-admin";
import { orNotFound } from "@/lib/http/or-not-found";

type Props = { params: Promise<{ id: string }> };

// Read once per request, for the title and the page.
const loadOrganization = cache(async (id: string) => {
  const admin = await requireUser();
  if (!can(admin, "organizations:manage")) notFound();
  return orNotFound(getManagedOrganization(admin, id));
});

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("admin");
  return { title: t("organizationTitle", { shortName: (await loadOrganization((await params).id)).shortName }) };
}

export default async function OrganizationPage({ params }: Props) {
  const organization = await loadOrganization((await params).id);
  return (
    <>
      <h1>{organization.name}</h1>
      <ClientMessages namespaces={["admin"]}>
        <OrganizationForm organization={{ id: organization.id, name: organization.name, shortName: organization.shortName, country: organization.country }} />
      </ClientMessages>
    </>
  );
}
