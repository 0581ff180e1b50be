"use server";

import { revalidatePath } from "next/cache";
import { runAsUser } from "@/lib/actions/result";
import { verifyIncidents, type VerifyOutcome } from "@/lib/data/review/verify-incidents";

export type VerifyState = { outcomes?: VerifyOutcome[]; message?: string };

/** "Verify selected": each checked case comes as "id:version", the version the reviewer saw. */
export async function verifySelectedAction(_previous: VerifyState, form: FormData): Promise<VerifyState> {
  const selection = form.getAll("case").map((value) => {
    const [id, version] = String(value).split(":");
    return { id, version };
  });
  const result = await runAsUser((user) => verifyIncidents(user, selection), () => {
    revalidatePath("/", "layout");
  });
  return result.ok ? { outcomes: result.data } : { message: result.message };
}
