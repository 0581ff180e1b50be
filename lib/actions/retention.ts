"use server";

import { revalidatePath } from "next/cache";
import { idOf, runAsUser } from "@/lib/actions/result";
import { restoreIncident } from "@/lib/data/retention/restore-incident";

export type RestoreState = { restored?: { id: string; reference: string }; message?: string };

/** "Restore" on the deleted cases page: the case's id comes in the form. */
export async function restoreIncidentAction(_previous: RestoreState, form: FormData): Promise<RestoreState> {
  const result = await runAsUser((user) => restoreIncident(user, idOf(form.get("id"))), () => {
    revalidatePath("/incidents", "layout");
    revalidatePath("/dashboard");
  });
  return result.ok ? { restored: result.data } : { message: result.message };
}
