import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { isolated } from "@/components/i18n/isolated";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getAdminScope } from "@/lib/data/admin-scope";
import { findManagedOrganizations } from "@/lib/data/organizations-admin";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("addUser") };
}

export default async function NewUserPage() {
  const admin = await requireUser();
  if (!can(admin, "users:manage")) notFound();
  const [scope, t] = await Promise.all([getAdminScope(admin), getTranslations("admin")]);
  const organizations = scope.isPlatformOperator ? await findManagedOrganizations(admin) : undefined;
  return (
    <>
      <h1>{t("addUser")}</h1>
      {!scope.isPlatformOperator && <p className="muted">{t.rich("newUserJoins", { organization: admin.organizationName, bdi: isolated })}</p>}
      <ClientMessages namespaces={["admin", "vocab"]}>
        <UserCreateForm organizations={organizations?.map(({ id, name }) => ({ id, name }))} />
      </ClientMessages>
    </>
  );
}
