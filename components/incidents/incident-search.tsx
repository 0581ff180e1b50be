"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError } from "@/components/ui/field-error";
import { searchIncidentsAction, type SearchState } from "@/lib/actions/search";

/**
 * The search box posts its text (it may hold a person's name) so that it never enters the URL; the list
 * opens with the search's id. `filters` is the list's query string without the search, kept as it is.
 */
export function IncidentSearchForm({ text, filters }: { text?: string; filters: string }) {
  const t = useTranslations("incidentList");
  const [state, action, isPending] = useActionState<SearchState, FormData>(searchIncidentsAction, {});
  const value = state.text ?? text ?? "";
  return (
    <form className="search-form card" method="post" action={action} role="search" aria-label={t("searchLabel")}>
      <div className="field">
        <label htmlFor="incident-search">{t("searchField")}</label>
        <p id="incident-search-hint" className="field-hint">{t("searchHint")}</p>
        <div className="search-row">
          <input id="incident-search" type="search" name="text" defaultValue={value} key={value} maxLength={200}
            aria-invalid={state.message ? true : undefined} aria-describedby="incident-search-hint incident-search-error" />
          <input type="hidden" name="filters" value={filters} />
          <button className="button" type="submit" disabled={isPending}>{t("searchButton")}</button>
        </div>
        <FieldError id="incident-search-error" message={state.message} />
      </div>
    </form>
  );
}
