import { getTranslations } from "next-intl/server";
import { isolated } from "@/components/i18n/isolated";
import { LocalTime } from "@/components/ui/local-time";
import { Link } from "@/components/ui/link";
import { importRunSchema, type recentImportJobs } from "@/lib/data/import/jobs/import-jobs";

type Job = Awaited<ReturnType<typeof recentImportJobs>>[number];

/** The organization's imports of the last week: a run goes on when its tab is closed, and is found again here. */
export async function RecentImports({ jobs }: { jobs: Job[] }) {
  if (jobs.length === 0) return null;
  const t = await getTranslations("importJob");
  return (
    <section aria-labelledby="recent-imports">
      <h2 id="recent-imports">{t("recent")}</h2>
      <ul>
        {jobs.map((job) => (
          <li key={job.id}>
            <Link href={`/import/jobs/${job.id}`}>
              {t.rich("recentItem", {
                file: job.fileName, status: job.status, name: job.createdBy.name, bdi: isolated,
                commit: importRunSchema.parse(job.options).commit ? "yes" : "no",
              })}
            </Link>{" "}
            <span className="muted"><LocalTime value={job.createdAt} /></span>
          </li>
        ))}
      </ul>
    </section>
  );
}
