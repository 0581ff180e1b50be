import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PrivacySettingsTable } from "@/components/admin/privacy-settings-table";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { findManagedPrivacySettings } from "@/lib/data/privacy-settings";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("privacy") };
}

export default async function PrivacySettingsPage() {
  const admin = await requireUser();
  if (!can(admin, "organizations:manage")) notFound();
  const [organizations, t] = await Promise.all([findManagedPrivacySettings(admin), getTranslations("admin")]);
  return (
    <>
      <h1>{t("privacy")}</h1>
      <p className="muted">{t("privacyIntro")}</p>
      <PrivacySettingsTable organizations={organizations} />
    </>
  );
}
