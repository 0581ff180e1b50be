import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IncidentForm } from "@/components/incident-form/incident-form";
import { EMPTY_INCIDENT } from "@/components/incident-form/form-values";
import { partnerOptions, vesselOptions } from "@/components/incident-form/options";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { localizedCountryOptions } from "@/lib/countries/localized";
import { listPartnerOptions } from "@/lib/data/organizations";
import { listVesselOptions } from "@/lib/data/vessels";
import { requestLanguage } from "@/lib/i18n/request-language";

export async function generateMetadata() {
  const t = await getTranslations("incidentPage");
  return { title: t("newTitle") };
}

export default async function NewIncidentPage() {
  const user = await requireUser();
  const t = await getTranslations("incidentPage");
  if (!can(user, "incident:create")) return <p className="alert">{t("cannotCreate")}</p>;
  const [vessels, partners, { locale }] = await Promise.all([listVesselOptions(user), listPartnerOptions(user), requestLanguage()]);
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <ClientMessages namespaces={["incidentForm", "vocab", "privacyWarnings"]}>
        <IncidentForm initialValues={EMPTY_INCIDENT} vessels={vesselOptions(vessels)} partners={partnerOptions(partners)} countries={localizedCountryOptions(locale)} />
      </ClientMessages>
    </>
  );
}
