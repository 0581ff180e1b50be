"use server";

import { revalidatePath } from "next/cache";
import { runAsUser } from "@/lib/actions/result";
import { deleteSavedFilter, filtersFromQuery, saveFilter } from "@/lib/data/saved-filters/saved-filters";

export type SaveFilterState = { message?: string; isSaved?: boolean; name?: string };

const refresh = () => revalidatePath("/incidents");

export async function saveFilterAction(_previous: SaveFilterState, form: FormData): Promise<SaveFilterState> {
  const name = form.get("name");
  const result = await runAsUser((user) => saveFilter(user, name, filtersFromQuery(form.get("filters"))), refresh);
  return result.ok ? { isSaved: true } : { message: result.fieldErrors?.name?.[0] ?? result.message, name: typeof name === "string" ? name : "" };
}

export async function deleteSavedFilterAction(form: FormData): Promise<void> {
  await runAsUser((user) => deleteSavedFilter(user, form.get("id")), refresh);
}
