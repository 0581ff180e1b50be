import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReviewForm } from "@/components/review/review-form";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { findToReview, REVIEW_PAGE_SIZE } from "@/lib/data/review/review-queue";
import { pageNumberSchema } from "@/lib/schemas/page-number";
import { isolated } from "@/components/i18n/isolated";

type Props = { searchParams: Promise<Record<string, string | string[]>> };


export async function generateMetadata() {
  const t = await getTranslations("review");
  return { title: t("title") };
}

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "incident:review")) notFound();
  const { rows, total, page, pageCount } = await findToReview(user, pageNumberSchema.parse((await searchParams).page));
  const t = await getTranslations("review");
  const first = (page - 1) * REVIEW_PAGE_SIZE + 1;
  return (
    <>
      <div className="page-heading">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted">
        {t.rich("intro", { organization: user.organizationName, isPaged: pageCount > 1 ? "yes" : "no", first, last: first + rows.length - 1, total, bdi: isolated })}
      </p>
      <ClientMessages namespaces={["review"]}>
        <ReviewForm key={page} rows={rows} />
      </ClientMessages>
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => (p > 1 ? `/review?page=${p}` : "/review")} />
    </>
  );
}
