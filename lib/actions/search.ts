"use server";

import { redirect } from "next/navigation";
import { runAsUser } from "@/lib/actions/result";
import { filtersFromQuery } from "@/lib/data/saved-filters/saved-filters";
import { saveSearchText } from "@/lib/data/saved-filters/search-text";
import { filtersToSearchParams } from "@/lib/schemas/incident-filters";

export type SearchState = { message?: string; text?: string };

/**
 * The list's search box posts here: the text is kept on the server and the list opens with its id and
 * the other filters, which the form carries as the list's own query string (nothing personal in it).
 */
export async function searchIncidentsAction(_previous: SearchState, form: FormData): Promise<SearchState> {
  const text = form.get("text");
  const result = await runAsUser((user) => saveSearchText(user, text), () => {});
  if (!result.ok) return { message: result.fieldErrors?.text?.[0] ?? result.message, text: typeof text === "string" ? text : "" };
  const filters = filtersFromQuery(form.get("filters"));
  const search = result.data;
  const sort = search && filters.sort === "newest" ? "relevance" : !search && filters.sort === "relevance" ? "newest" : filters.sort;
  redirect(`/incidents?${filtersToSearchParams({ ...filters, page: 1, search, sort })}`);
}
