"use client";

import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";
import { TableScroll } from "@/components/ui/table-scroll";
import type { MentionHit, MentionKind, Mentions } from "@/lib/privacy/erasure/mention-kinds";

/** The hits of one kind: how many in all, the newest first with the text around each. */
export function ErasureHits({ kind, mentions }: { kind: MentionKind; mentions: Mentions }) {
  const t = useTranslations("erasure");
  const tAudit = useTranslations("audit");
  const headingId = `erasure-${kind}-heading`;
  const isCase = kind === "case";
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("kindHeading", { kind, total: mentions.total })}</h2>
      {mentions.total === 0 ? (
        <p className="muted">{t("noneOfKind")}</p>
      ) : (
        <>
          {mentions.hits.length < mentions.total && <p className="muted">{t("newestShown", { shown: mentions.hits.length })}</p>}
          <TableScroll label={t("kindTable", { kind })}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{isCase ? t("case") : kind === "savedSearch" ? t("owner") : t("about")}</th>
                  <th scope="col">{t("field")}</th>
                  <th scope="col">{t("excerpt")}</th>
                  <th scope="col">{isCase ? t("occurredAt") : t("recordedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {mentions.hits.map((hit: MentionHit, i) => (
                  <tr key={i}>
                    <td>
                      {hit.label ? <bdi>{hit.label}</bdi> : <span className="muted">—</span>}
                      {hit.action && <> · {tAudit("actionName", { action: hit.action })}</>}
                      {hit.isDeleted && <> · {t("deletedCase")}</>}
                    </td>
                    <td>{t("place", { place: hit.field })}</td>
                    <td className="wrap"><bdi>{hit.excerpt}</bdi></td>
                    <td><LocalTime value={hit.at} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
