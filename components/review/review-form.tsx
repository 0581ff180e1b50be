"use client";

import { useActionState } from "react";
import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import { formatCount } from "@/components/incidents/format";
import { verifySelectedAction, type VerifyState } from "@/lib/actions/review";
import type { ReviewRow } from "@/lib/data/review/review-queue";
import { VerifyReport } from "./verify-report";

/** The cases waiting for review, each with a checkbox; "Verify selected" verifies them one by one. */
export function ReviewForm({ rows }: { rows: ReviewRow[] }) {
  const [state, action, isPending] = useActionState<VerifyState, FormData>(verifySelectedAction, {});
  // A refused case stays in the list: the report names it from there (verified ones come back named).
  const references = new Map(rows.map((row) => [row.id, row.reference]));
  return (
    <form className="review-form" method="post" action={action} aria-label="Cases to review">
      <VerifyReport state={state} references={references} />
      {rows.length === 0 ? (
        <p className="empty card">Nothing waits for review: cases your organization submits appear here, oldest first.</p>
      ) : (
        <>
          <ul className="review-list">
            {rows.map((row) => (
              <li key={row.id} className="review-item card">
                <label className="checkbox">
                  <input type="checkbox" name="case" value={`${row.id}:${row.version}`} />
                  <span className="review-reference">{row.reference}</span>
                </label>
                <p className="review-details">
                  <LocalTime value={row.occurredAt} /> · {row.vessel?.name ?? "no vessel"} · rescued {formatCount(row.rescued)}, dead{" "}
                  {formatCount(row.dead)}, missing {formatCount(row.missing)}
                  {row.createdBy && <> · by {row.createdBy.name}</>}
                </p>
                <Link href={`/incidents/${row.id}`}>Open {row.reference}</Link>
              </li>
            ))}
          </ul>
          <button className="button" type="submit" disabled={isPending}>Verify selected</button>
        </>
      )}
    </form>
  );
}
