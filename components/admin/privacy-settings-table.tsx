import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ManagedPrivacySettings } from "@/lib/data/privacy-settings";

export function PrivacySettingsTable({ organizations }: { organizations: ManagedPrivacySettings[] }) {
  const t = useTranslations("admin");
  return (
    <TableScroll label={t("privacyTable")}>
      <table>
        <caption className="visually-hidden">{t("privacy")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("organization")}</th>
            <th scope="col" className="num">{t("restoreDays")}</th>
            <th scope="col" className="num">{t("suppressionThreshold")}</th>
            <th scope="col" className="num">{t("positionRounding")}</th>
          </tr>
        </thead>
        <tbody>
          {organizations.map(({ id, name, settings }) => (
            <tr key={id}>
              <th scope="row"><Link href={`/admin/privacy/${id}`}>{name}</Link></th>
              <td className="num">{t("days", { days: settings.restoreDays })}</td>
              <td className="num">{settings.suppressionThreshold}</td>
              <td className="num">{t("degrees", { degrees: settings.positionRoundingDegrees })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
