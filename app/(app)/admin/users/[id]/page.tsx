import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UserAccessControls } from "@/components/admin/user-access-controls";
import { UserStatus } from "@/components/admin/user-table";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LocalTime } from "@/components/ui/local-time";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getManagedUser, type ManagedUser } from "@/lib/data/admin-users";
import { orNotFound } from "@/lib/http/or-not-found";

// Not the user's name: titles stay in the browser's history after sign-out.
export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("userTitle") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireUser();
  if (!can(admin, "users:manage")) notFound();
  const { id } = await params;
  const user = await orNotFound(getManagedUser(admin, id));
  return <User user={user} isSelf={user.id === admin.id} />;
}

function User({ user, isSelf }: { user: ManagedUser; isSelf: boolean }) {
  const t = useTranslations("admin");
  const tVocab = useTranslations("vocab");
  return (
    <>
      <h1>{user.name}</h1>
      <dl className="details">
        <dt>{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("role")}</dt>
        <dd>{tVocab("role", { role: user.role })}</dd>
        <dt>{t("organization")}</dt>
        <dd>{user.organization.name}</dd>
        <dt>{t("status")}</dt>
        <dd><UserStatus user={user} /></dd>
        <dt>{t("lastSignIn")}</dt>
        <dd>{user.lastSignInAt ? <LocalTime value={user.lastSignInAt} /> : t("never")}</dd>
      </dl>
      <ClientMessages namespaces={["admin", "vocab"]}>
        <UserAccessControls user={user} isSelf={isSelf} />
      </ClientMessages>
    </>
  );
}
