import { useTranslations } from "next-intl";
import { isIomDataset } from "@/lib/csv/columns";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { isolated } from "@/components/i18n/isolated";


/** Who recorded the case, and where it was imported from. */
export function RecordedBy({ incident }: { incident: IncidentDetail }) {
  const t = useTranslations("casePage");
  const organization = incident.organization.name;
  const { sourceDataset, externalId } = incident;
  return (
    <p className="muted">
      {incident.createdBy
        ? t.rich("recordedByPerson", { organization, person: incident.createdBy.name, bdi: isolated })
        : t.rich("recordedBy", { organization, bdi: isolated })}
      {sourceDataset && <> · {externalId ? t.rich("importedFromRecord", { dataset: sourceDataset, id: externalId, bdi: isolated }) : t.rich("importedFrom", { dataset: sourceDataset, bdi: isolated })}</>}
      {isIomDataset(sourceDataset) && <> {t("iomCredit")}</>}
    </p>
  );
}
