import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { UserTable } from "@/components/admin/user-table";
import { isolated } from "@/components/i18n/isolated";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";
import { findManagedUsers } from "@/lib/data/admin-users";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("users") };
}

export default async function UsersPage() {
  const admin = await requireUser();
  if (!can(admin, "users:manage")) notFound();
  const [users, scope, t] = await Promise.all([findManagedUsers(admin), getAdminScope(admin), getTranslations("admin")]);
  return (
    <>
      <div className="page-heading">
        <h1>{t("users")}</h1>
        <Link className="button" href="/admin/users/new">{t("addUser")}</Link>
      </div>
      <p className="muted">{scope.isPlatformOperator ? t("usersOfAll") : t.rich("usersOf", { organization: admin.organizationName, bdi: isolated })}</p>
      <UserTable users={users} showOrganization={scope.isPlatformOperator} />
    </>
  );
}
