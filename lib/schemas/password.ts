import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

const TOO_LONG = messageKey("validation.password.tooLong", { max: MAX_PASSWORD_LENGTH });

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, messageKey("validation.password.tooShort", { min: MIN_PASSWORD_LENGTH }))
  .max(MAX_PASSWORD_LENGTH, TOO_LONG);

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, messageKey("validation.password.currentRequired")).max(MAX_PASSWORD_LENGTH, TOO_LONG),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, messageKey("validation.password.confirmRequired")),
  })
  // Each check stays quiet while its field has a simpler error of its own.
  .refine((v) => !v.confirmPassword || v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: messageKey("validation.password.mismatch") })
  .refine((v) => v.newPassword.length < MIN_PASSWORD_LENGTH || v.newPassword !== v.currentPassword, { path: ["newPassword"], message: messageKey("validation.password.sameAsCurrent") });

export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
