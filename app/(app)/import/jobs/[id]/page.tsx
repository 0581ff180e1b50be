import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportJobPanel } from "@/components/import/import-job-panel";
import { Link } from "@/components/ui/link";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { importJobView } from "@/lib/data/import/jobs/import-job-view";
import { orNotFound } from "@/lib/http/or-not-found";

export async function generateMetadata() {
  const t = await getTranslations("importJob");
  return { title: t("title") };
}

export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const [user, t, { id }] = await Promise.all([requireUser(), getTranslations("importJob"), params]);
  // One who may not import is told no more about a job than about one that does not exist.
  if (!can(user, "incident:import")) notFound();
  const job = await orNotFound(importJobView(user, id));
  return (
    <>
      <h1>{t("title")}</h1>
      <ClientMessages namespaces={["import", "importJob", "importMapping", "vocab", "durations"]}>
        <ImportJobPanel initial={job} />
      </ClientMessages>
      <p><Link href="/import">{t("another")}</Link></p>
    </>
  );
}
