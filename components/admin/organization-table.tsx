import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import type { ManagedOrganization } from "@/lib/data/organizations-admin";
import { TableScroll } from "@/components/ui/table-scroll";

export function OrganizationTable({ organizations }: { organizations: ManagedOrganization[] }) {
  const t = useTranslations("admin");
  return (
    <TableScroll label={t("organizationsTable")}>
      <table>
        <caption className="visually-hidden">{t("organizations")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("shortName")}</th>
            <th scope="col">{t("country")}</th>
            <th scope="col" className="num">{t("users")}</th>
            <th scope="col" className="num">{t("vessels")}</th>
          </tr>
        </thead>
        <tbody>
          {organizations.map((organization) => (
            <tr key={organization.id}>
              <th scope="row">
                <Link href={`/admin/organizations/${organization.id}`}>{organization.name}</Link>
                {organization.isPlatformOperator && <span className="badge">{t("platformOperator")}</span>}
              </th>
              <td>{organization.shortName}</td>
              <td>{organization.country ?? <span className="muted">—</span>}</td>
              <td className="num">{organization._count.users}</td>
              <td className="num">{organization._count.vessels}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
