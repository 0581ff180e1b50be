import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { MAX_PASSWORD_LENGTH } from "@/lib/schemas/password";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, messageKey("validation.email.required")).max(254).pipe(z.email(messageKey("validation.email.invalid"))),
  password: z.string().min(1, messageKey("validation.password.required")).max(MAX_PASSWORD_LENGTH, messageKey("validation.password.tooLong", { max: MAX_PASSWORD_LENGTH })),
});

export type SignInInput = z.infer<typeof signInSchema>;
