"use server";

import { type ActionResult, runAction } from "@/lib/actions/result";
import { requireUserForPasswordChange } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/data/users";
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
