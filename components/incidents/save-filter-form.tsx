"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError } from "@/components/ui/field-error";
import { saveFilterAction, type SaveFilterState } from "@/lib/actions/saved-filters";

/** Saves the list's current filters and search under a name; `filters` is the list's own query string. */
export function SaveFilterForm({ filters }: { filters: string }) {
  const t = useTranslations("incidentList");
  const [state, action, isPending] = useActionState<SaveFilterState, FormData>(saveFilterAction, {});
  return (
    <form className="save-filter-form" method="post" action={action} aria-label={t("saveFormLabel")}>
      <div className="field">
        <label htmlFor="saved-filter-name">{t("saveAs")}</label>
        <div className="search-row">
          <input id="saved-filter-name" name="name" defaultValue={state.name} key={state.name ?? "saved"} maxLength={80}
            aria-invalid={state.message ? true : undefined} aria-describedby="saved-filter-error" />
          <input type="hidden" name="filters" value={filters} />
          <button className="button button-quiet" type="submit" disabled={isPending}>{t("save")}</button>
        </div>
        <FieldError id="saved-filter-error" message={state.message} />
        <p className="field-hint" aria-live="polite">{state.isSaved ? t("saved") : ""}</p>
      </div>
    </form>
  );
}
