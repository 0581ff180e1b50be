"use server";

import { runAsUser } from "@/lib/actions/result";
import { eraseMentions, type ErasureResult } from "@/lib/privacy/erasure/erase-mentions";
import { findMentions } from "@/lib/privacy/erasure/find-mentions";
import type { MentionReport } from "@/lib/privacy/erasure/mention-kinds";
import { erasureFormSchema } from "@/lib/schemas/erasure";

export type ErasureState = { text: string; found?: MentionReport; erased?: ErasureResult; message?: string; textError?: string };

/**
 * The erasure screen's two forms post here (the text names a person: it never enters a URL): "find" lists
 * where the text is, "erase" erases it everywhere and reports what it did. The data layer checks the
 * administrator and parses the text again.
 */
export async function erasureAction(_previous: ErasureState, form: FormData): Promise<ErasureState> {
  const raw = form.get("text");
  const typed = typeof raw === "string" ? raw : "";
  const result = await runAsUser(async (user) => {
    const { text } = erasureFormSchema.parse({ text: raw });
    if (form.get("intent") === "erase") return { text, erased: await eraseMentions(user, text) };
    return { text, found: await findMentions(user, text) };
  }, () => {});
  if (!result.ok) return { text: typed, message: result.message, textError: result.fieldErrors?.text?.[0] };
  return result.data;
}
