import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewForm } from "@/components/review/review-form";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { findToReview, REVIEW_PAGE_SIZE } from "@/lib/data/review/review-queue";
import { pageNumberSchema } from "@/lib/schemas/page-number";

export const metadata: Metadata = { title: "To review" };

type Props = { searchParams: Promise<Record<string, string | string[]>> };

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "incident:review")) notFound();
  const { rows, total, page, pageCount } = await findToReview(user, pageNumberSchema.parse((await searchParams).page));
  const first = (page - 1) * REVIEW_PAGE_SIZE + 1;
  return (
    <>
      <div className="page-heading">
        <h1>To review</h1>
      </div>
      <p className="muted">
        Cases {user.organizationName} submitted, oldest first
        {pageCount > 1 ? ` (${first.toLocaleString("en")}–${(first + rows.length - 1).toLocaleString("en")} of ${total.toLocaleString("en")})` : ""}. Check the
        ones you have reviewed and verify them together: each is verified on its own, and one changed meanwhile is left for you to reload.
      </p>
      <ReviewForm key={page} rows={rows} />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => (p > 1 ? `/review?page=${p}` : "/review")} />
    </>
  );
}
