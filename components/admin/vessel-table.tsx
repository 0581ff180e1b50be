import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import type { ManagedVessel } from "@/lib/data/vessels-admin";
import { TableScroll } from "@/components/ui/table-scroll";

const dash = <span className="muted">—</span>;

export function VesselTable({ vessels, showOrganization }: { vessels: ManagedVessel[]; showOrganization: boolean }) {
  const t = useTranslations("admin");
  const tVocab = useTranslations("vocab");
  if (vessels.length === 0) return <p className="empty card">{t("noVessels")}</p>;
  return (
    <TableScroll label={t("vesselsTable")}>
      <table>
        <caption className="visually-hidden">{t("vessels")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("kind")}</th>
            <th scope="col">{t("flagState")}</th>
            <th scope="col">{t("imo")}</th>
            <th scope="col">{t("mmsi")}</th>
            <th scope="col">{t("callSign")}</th>
            {showOrganization && <th scope="col">{t("operator")}</th>}
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {vessels.map((vessel) => (
            <tr key={vessel.id}>
              <th scope="row"><Link href={`/admin/vessels/${vessel.id}`}>{vessel.name}</Link></th>
              <td>{tVocab("vesselKind", { kind: vessel.kind })}</td>
              <td>{vessel.flagState ?? dash}</td>
              <td>{vessel.imo ?? dash}</td>
              <td>{vessel.mmsi ?? dash}</td>
              <td>{vessel.callSign ?? dash}</td>
              {showOrganization && <td>{vessel.organization?.shortName ?? dash}</td>}
              <td>{vessel.isActive ? <span className="badge badge-active">{t("active")}</span> : <span className="badge badge-inactive">{t("deactivated")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
