import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LanguageForm } from "@/components/account/language-form";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/data/users";
import { isLocale } from "@/lib/i18n/locales";
import { TIME_ZONES, timeZoneOrNull } from "@/lib/i18n/time-zones";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  // Every signed-in user has an account page: no permission beyond being signed in.
  return <Account user={await requireUser()} />;
}

function Account({ user }: { user: SessionUser }) {
  const t = useTranslations("account");
  const tVocab = useTranslations("vocab");
  const setting = { locale: isLocale(user.locale) ? user.locale : "", timeZone: timeZoneOrNull(user.timeZone) ?? "" };
  return (
    <>
      <h1>{t("title")}</h1>
      <dl className="details">
        <dt>{t("name")}</dt>
        <dd>{user.name}</dd>
        <dt>{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("role")}</dt>
        <dd>{tVocab("role", { role: user.role })}</dd>
        <dt>{t("organization")}</dt>
        <dd>{user.organizationName}</dd>
      </dl>
      <ClientMessages namespaces={["account", "passwordChange"]}>
        <h2>{t("settingsHeading")}</h2>
        <div className="card form-narrow">
          <LanguageForm values={setting} timeZones={TIME_ZONES} />
        </div>
        <h2>{t("passwordHeading")}</h2>
        <p className="muted">{t("passwordIntro")}</p>
        <div className="card form-narrow">
          <PasswordChangeForm email={user.email} isForced={false} />
        </div>
      </ClientMessages>
    </>
  );
}
