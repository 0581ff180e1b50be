import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { VesselForm } from "@/components/admin/vessel-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { operatorChoices } from "../operator-choices";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("addVessel") };
}

export default async function NewVesselPage() {
  const admin = await requireUser();
  if (!can(admin, "vessels:manage")) notFound();
  const [organizations, t] = await Promise.all([operatorChoices(admin), getTranslations("admin")]);
  return (
    <>
      <h1>{t("addVessel")}</h1>
      <ClientMessages namespaces={["admin", "vocab"]}>
        <VesselForm organizations={organizations} />
      </ClientMessages>
    </>
  );
}
