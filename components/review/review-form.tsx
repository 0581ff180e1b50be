"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import { formatCount } from "@/components/incidents/format";
import { verifySelectedAction, type VerifyState } from "@/lib/actions/review";
import type { ReviewRow } from "@/lib/data/review/review-queue";
import { VerifyReport } from "./verify-report";
import { isolated } from "@/components/i18n/isolated";


/** The cases waiting for review, each with a checkbox; "Verify selected" verifies them one by one. */
export function ReviewForm({ rows }: { rows: ReviewRow[] }) {
  const t = useTranslations("review");
  const format = useFormatter();
  const [state, action, isPending] = useActionState<VerifyState, FormData>(verifySelectedAction, {});
  // A refused case stays in the list: the report names it from there (verified ones come back named).
  const references = new Map(rows.map((row) => [row.id, row.reference]));
  const count = (value: number | null) => formatCount(value, (n) => format.number(n));
  return (
    <form className="review-form" method="post" action={action} aria-label={t("formLabel")}>
      <VerifyReport state={state} references={references} />
      {rows.length === 0 ? (
        <p className="empty card">{t("empty")}</p>
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
                  <LocalTime value={row.occurredAt} /> · {row.vessel?.name ?? t("noVessel")} ·{" "}
                  {t("figures", { rescued: count(row.rescued), dead: count(row.dead), missing: count(row.missing) })}
                  {row.createdBy && <> · {t.rich("by", { name: row.createdBy.name, bdi: isolated })}</>}
                </p>
                <Link href={`/incidents/${row.id}`}>{t("open", { reference: row.reference })}</Link>
              </li>
            ))}
          </ul>
          <button className="button" type="submit" disabled={isPending}>{t("verify")}</button>
        </>
      )}
    </form>
  );
}
