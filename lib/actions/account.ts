"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, runAction, runAsUser } from "@/lib/actions/result";
import { requireUserForPasswordChange } from "@/lib/auth/session";
import { setOwnLanguageSetting } from "@/lib/data/language-setting";
import { changeOwnPassword } from "@/lib/data/users";
import { languageSettingSchema } from "@/lib/schemas/language-setting";
import { passwordChangeSchema } from "@/lib/schemas/password";

/**
 * Changes the signed-in user's password and ends every session of theirs, this one included: the form
 * signs in again with the new password. No revalidation here, because re-rendering with the now stale
 * session would send the user to sign-in before the form can do so.
 */
export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  // Any signed-in user may change their own password, also one who must do so before anything else.
  const user = await requireUserForPasswordChange();
  return runAction(async () => {
    await changeOwnPassword(user, passwordChangeSchema.parse(input));
    return undefined;
  });
}

/** Saves the user's language and time zone; every page shows them from the next render on. */
export async function saveLanguageSettingAction(input: unknown): Promise<ActionResult> {
  // Any signed-in user may choose their own language: no permission beyond being signed in.
  return runAsUser(
    async (user) => {
      await setOwnLanguageSetting(user, languageSettingSchema.parse(input));
      return undefined;
    },
    () => revalidatePath("/", "layout"),
  );
}
