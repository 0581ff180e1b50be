"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { isolated } from "@/components/i18n/isolated";
import { FormMessages } from "@/components/admin/form-messages";
import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import { TableScroll } from "@/components/ui/table-scroll";
import { restoreIncidentAction, type RestoreState } from "@/lib/actions/retention";
import type { DeletedIncident } from "@/lib/data/retention/find-deleted-incidents";

/** The organization's deleted cases, each with its purge date and, until then, a Restore button (a form of its own). */
export function DeletedCases({ rows }: { rows: DeletedIncident[] }) {
  const t = useTranslations("deletedCases");
  const [state, restore, isPending] = useActionState<RestoreState, FormData>(restoreIncidentAction, {});
  return (
    <>
      <FormMessages error={state.message} success={state.restored && (
        <>
          {t.rich("restored", { reference: state.restored.reference, bdi: isolated })}{" "}
          <Link href={`/incidents/${state.restored.id}`}>{t("openRestored", { reference: state.restored.reference })}</Link>
        </>
      )} />
      {rows.length === 0 ? (
        <p className="empty card">{t("empty")}</p>
      ) : (
        <TableScroll label={t("table")}>
          <table>
            <caption className="visually-hidden">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("reference")}</th>
                <th scope="col">{t("occurredAt")}</th>
                <th scope="col">{t("deletedAt")}</th>
                <th scope="col">{t("deletedBy")}</th>
                <th scope="col">{t("purgeAt")}</th>
                <th scope="col">{t("restore")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.reference}</th>
                  <td><LocalTime value={row.occurredAt} /></td>
                  <td><LocalTime value={row.deletedAt} /></td>
                  <td>{row.deletedBy ?? <span className="muted">—</span>}</td>
                  <td><LocalTime value={row.purgeAt} /></td>
                  <td>
                    {row.isRestorable ? (
                      <form method="post" action={restore}>
                        <input type="hidden" name="id" value={row.id} />
                        <button className="button button-quiet" type="submit" disabled={isPending} aria-label={t("restoreLabel", { reference: row.reference })}>
                          {t("restore")}
                        </button>
                      </form>
                    ) : (
                      <span className="muted">{t("periodOver")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
