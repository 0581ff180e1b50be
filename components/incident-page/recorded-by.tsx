import { useTranslations } from "next-intl";
import { IOM_DATASET } from "@/lib/csv/columns";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";

const bdi = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;

/** Who recorded the case, and where it was imported from. */
export function RecordedBy({ incident }: { incident: IncidentDetail }) {
  const t = useTranslations("casePage");
  const organization = incident.organization.name;
  const { sourceDataset, externalId } = incident;
  return (
    <p className="muted">
      {incident.createdBy
        ? t.rich("recordedByPerson", { organization, person: incident.createdBy.name, bdi })
        : t.rich("recordedBy", { organization, bdi })}
      {sourceDataset && <> · {externalId ? t.rich("importedFromRecord", { dataset: sourceDataset, id: externalId, bdi }) : t.rich("importedFrom", { dataset: sourceDataset, bdi })}</>}
      {sourceDataset === IOM_DATASET && <> {t("iomCredit")}</>}
    </p>
  );
}
