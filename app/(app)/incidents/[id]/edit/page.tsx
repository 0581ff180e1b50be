import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/components/ui/link";
import { IncidentForm } from "@/components/incident-form/incident-form";
import { toFormValues } from "@/components/incident-form/form-values";
import { partnerOptions, vesselOptions } from "@/components/incident-form/options";
import { localizedCountryName, localizedCountryOptions } from "@/lib/countries/localized";
import { listPartnerOptions } from "@/lib/data/organizations";
import { recordReadAfterResponse } from "@/lib/data/reads/record-read";
import { listVesselOptions } from "@/lib/data/vessels";
import { requestLanguage } from "@/lib/i18n/request-language";
import { findIncident } from "../find-incident";
import { isolated } from "@/components/i18n/isolated";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const { incident } = await findIncident((await params).id);
  const t = await getTranslations("incidentPage");
  return { title: t("editTitle", { reference: incident.reference }) };
}

export default async function EditIncidentPage({ params }: Props) {
  const { user, incident } = await findIncident((await params).id);
  const t = await getTranslations("incidentPage");
  const heading = <h1>{t("editTitle", { reference: incident.reference })}</h1>;
  if (!incident.allowed.edit) {
    const refusal = incident.relation === "partner"
      ? t.rich("partnerRefusal", { organization: incident.organization.name, bdi: isolated })
      : t("statusRefusal", { status: incident.status });
    return (
      <>
        {heading}
        <p className="alert">{refusal}</p>
        <Link href={`/incidents/${incident.id}`}>{t("backToCase")}</Link>
      </>
    );
  }
  recordReadAfterResponse(user, { incidentId: incident.id, kind: "edit" });
  const [vessels, partners, { locale }] = await Promise.all([listVesselOptions(user, { keep: incident.vesselId }), listPartnerOptions(user), requestLanguage()]);
  return (
    <>
      {heading}
      <ClientMessages namespaces={["incidentForm", "vocab", "privacyWarnings"]}>
        <IncidentForm
          incident={{ id: incident.id, version: incident.version }}
          initialValues={toFormValues(incident, (code) => localizedCountryName(code, locale))}
          vessels={vesselOptions(vessels)}
          partners={partnerOptions(partners)}
          countries={localizedCountryOptions(locale)}
        />
      </ClientMessages>
    </>
  );
}
