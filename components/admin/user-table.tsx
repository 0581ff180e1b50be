import { Link } from "@/components/ui/link";
import { ROLE_LABELS } from "@/lib/labels";
import { LocalTime } from "@/components/ui/local-time";
import type { ManagedUser } from "@/lib/data/admin-users";
import { TableScroll } from "@/components/ui/table-scroll";

export function UserStatus({ user }: { user: Pick<ManagedUser, "isActive" | "mustChangePassword" | "lockedUntil"> }) {
  if (!user.isActive) return <span className="badge badge-inactive">Deactivated</span>;
  if (user.lockedUntil && user.lockedUntil > new Date()) return <span className="badge badge-warning">Locked</span>;
  if (user.mustChangePassword) return <span className="badge">Active · must change password</span>;
  return <span className="badge badge-active">Active</span>;
}

export function UserTable({ users, showOrganization }: { users: ManagedUser[]; showOrganization: boolean }) {
  return (
    <TableScroll label="Users table">
      <table>
        <caption className="visually-hidden">Users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            {showOrganization && <th scope="col">Organization</th>}
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row"><Link href={`/admin/users/${user.id}`}>{user.name}</Link></th>
              <td>{user.email}</td>
              <td>{ROLE_LABELS[user.role]}</td>
              {showOrganization && <td>{user.organization.shortName}</td>}
              <td><UserStatus user={user} /></td>
              <td>{user.lastSignInAt ? <LocalTime value={user.lastSignInAt} /> : <span className="muted">Never</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
