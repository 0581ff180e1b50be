import { Link } from "@/components/ui/link";
import type { ManagedOrganization } from "@/lib/data/organizations-admin";
import { TableScroll } from "@/components/ui/table-scroll";

export function OrganizationTable({ organizations }: { organizations: ManagedOrganization[] }) {
  return (
    <TableScroll label="Organizations table">
      <table>
        <caption className="visually-hidden">Organizations</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Short name</th>
            <th scope="col">Country</th>
            <th scope="col" className="num">Users</th>
            <th scope="col" className="num">Vessels</th>
          </tr>
        </thead>
        <tbody>
          {organizations.map((organization) => (
            <tr key={organization.id}>
              <th scope="row">
                <Link href={`/admin/organizations/${organization.id}`}>{organization.name}</Link>
                {organization.isPlatformOperator && <span className="badge">Platform operator</span>}
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
