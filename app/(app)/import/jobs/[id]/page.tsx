import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportJobPanel } from "@/components/import/import-job-panel";
import { Link } from "@/components/ui/link";
import { AppError } from "@/lib/app-error";
import { requireUser } from "@/lib/auth/session";
import { importJobView } from "@/lib/data/import/jobs/import-job-view";
import type { SessionUser } from "@/lib/data/users";

// One who may not import is told no more about a job than about one that does not exist.
async function readJob(user: SessionUser, id: string) {
  try {
    return await importJobView(user, id);
  } catch (error) {
    if (error instanceof AppError && (error.code === "not-found" || error.code === "forbidden")) notFound();
    throw error;
  }
}

export async function generateMetadata() {
  const t = await getTranslations("importJob");
  return { title: t("title") };
}

export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const [user, t, { id }] = await Promise.all([requireUser(), getTranslations("importJob"), params]);
  const job = await readJob(user, id);
  return (
    <>
      <h1>{t("title")}</h1>
      <ClientMessages namespaces={["import", "importJob", "importMapping", "vocab"]}>
        <ImportJobPanel initial={job} />
      </ClientMessages>
      <p><Link href="/import">{t("another")}</Link></p>
    </>
  );
}
