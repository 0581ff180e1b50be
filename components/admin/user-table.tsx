import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import type { ManagedUser } from "@/lib/data/admin-users";
import { TableScroll } from "@/components/ui/table-scroll";

export function UserStatus({ user }: { user: Pick<ManagedUser, "isActive" | "mustChangePassword" | "lockedUntil"> }) {
  const t = useTranslations("admin");
  if (!user.isActive) return <span className="badge badge-inactive">{t("deactivated")}</span>;
  if (user.lockedUntil && user.lockedUntil > new Date()) return <span className="badge badge-warning">{t("locked")}</span>;
  if (user.mustChangePassword) return <span className="badge">{t("mustChangePassword")}</span>;
  return <span className="badge badge-active">{t("active")}</span>;
}

export function UserTable({ users, showOrganization }: { users: ManagedUser[]; showOrganization: boolean }) {
  const t = useTranslations("admin");
  const tVocab = useTranslations("vocab");
  return (
    <TableScroll label={t("usersTable")}>
      <table>
        <caption className="visually-hidden">{t("users")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("role")}</th>
            {showOrganization && <th scope="col">{t("organization")}</th>}
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("lastSignIn")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row"><Link href={`/admin/users/${user.id}`}>{user.name}</Link></th>
              <td>{user.email}</td>
              <td>{tVocab("role", { role: user.role })}</td>
              {showOrganization && <td>{user.organization.shortName}</td>}
              <td><UserStatus user={user} /></td>
              <td>{user.lastSignInAt ? <LocalTime value={user.lastSignInAt} /> : <span className="muted">{t("never")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
