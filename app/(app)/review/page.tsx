import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewForm } from "@/components/review/review-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { findToReview, REVIEW_PAGE_SIZE } from "@/lib/data/review/review-queue";

export const metadata: Metadata = { title: "To review" };

export default async function ReviewPage() {
  const user = await requireUser();
  if (!can(user, "incident:review")) notFound();
  const rows = await findToReview(user);
  return (
    <>
      <div className="page-heading">
        <h1>To review</h1>
      </div>
      <p className="muted">
        Cases {user.organizationName} submitted, oldest first{rows.length === REVIEW_PAGE_SIZE ? ` (the ${REVIEW_PAGE_SIZE} oldest)` : ""}. Check the
        ones you have reviewed and verify them together: each is verified on its own, and one changed meanwhile is left for you to reload.
      </p>
      <ReviewForm rows={rows} />
    </>
  );
}
