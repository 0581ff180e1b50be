import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Passwords are at most 200 characters.");

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200, "Passwords are at most 200 characters."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "Enter the new password a second time."),
  })
  // Each check stays quiet while its field has a simpler error of its own.
  .refine((v) => !v.confirmPassword || v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ: type the same one twice." })
  .refine((v) => v.newPassword.length < MIN_PASSWORD_LENGTH || v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });

export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
