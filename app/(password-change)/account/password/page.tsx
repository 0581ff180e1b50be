import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireUserForPasswordChange } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("passwordChange");
  return { title: t("title") };
}

// Outside the (app) group on purpose: its layout sends users who must change their password here, and
// a layout cannot tell which page it wraps, so this page must not be under it.
export default async function ForcedPasswordChangePage() {
  // Any signed-in user: the page only changes their own password.
  const user = await requireUserForPasswordChange();
  if (!user.mustChangePassword) redirect("/account");
  const t = await getTranslations("passwordChange");
  return (
    <main className="narrow-page">
      <div className="card">
        <h1>{t("title")}</h1>
        <p>{t("welcome", { name: user.name })}</p>
        <ClientMessages namespaces={["passwordChange", "signOut"]}>
          <PasswordChangeForm email={user.email} isForced />
          <p className="actions">
            <SignOutButton />
          </p>
        </ClientMessages>
      </div>
    </main>
  );
}
