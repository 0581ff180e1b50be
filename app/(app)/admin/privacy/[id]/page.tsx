import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { PrivacySettingsForm } from "@/components/admin/privacy-settings-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { isolated } from "@/components/i18n/isolated";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getManagedPrivacySettings } from "@/lib/data/privacy-settings";
import { orNotFound } from "@/lib/http/or-not-found";

type Props = { params: Promise<{ id: string }> };

// Read once per request, for the title and the page.
const loadSettings = cache(async (id: string) => {
  const admin = await requireUser();
  if (!can(admin, "organizations:manage")) notFound();
  return orNotFound(getManagedPrivacySettings(admin, id));
});

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("admin");
  return { title: t("privacyTitle", { shortName: (await loadSettings((await params).id)).shortName }) };
}

export default async function OrganizationPrivacyPage({ params }: Props) {
  const [{ id, name, settings }, t] = await Promise.all([loadSettings((await params).id), getTranslations("admin")]);
  return (
    <>
      <h1>{t.rich("privacyOf", { organization: name, bdi: isolated })}</h1>
      <ClientMessages namespaces={["admin"]}>
        <PrivacySettingsForm organizationId={id} settings={settings} />
      </ClientMessages>
    </>
  );
}
