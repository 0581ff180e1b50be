import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address.").max(254).pipe(z.email("Enter a valid email address, e.g. name@ngo.org.")),
  password: z.string().min(1, "Enter your password.").max(200, "Passwords are at most 200 characters."),
});

export type SignInInput = z.infer<typeof signInSchema>;
