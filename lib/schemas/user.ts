import { z } from "zod";
import { Role } from "@/generated/prisma/enums";
import { storableText } from "./storable-text";

const optionalId = z.union([z.uuid(), z.literal("")]).optional().transform((v) => v || undefined);

export const userCreateSchema = z.object({
  name: storableText().min(1, "Enter the person's full name.").max(200, "Names are at most 200 characters."),
  email: z.string().trim().toLowerCase().min(1, "Enter an email address.").max(254, "Email addresses are at most 254 characters.")
    .pipe(z.email("Enter a valid email address, e.g. name@ngo.org.")),
  role: z.enum(Role, "Choose a role."),
  /** Only platform operators choose; other admins always add users to their own organization. */
  organizationId: optionalId,
});

export const userRoleSchema = z.object({ userId: z.uuid(), role: z.enum(Role, "Choose a role.") });
export const userActiveSchema = z.object({ userId: z.uuid(), isActive: z.boolean() });
export const userIdSchema = z.object({ userId: z.uuid() });

export type UserCreateInput = z.input<typeof userCreateSchema>;
export type UserCreate = z.output<typeof userCreateSchema>;
export type UserRoleInput = z.infer<typeof userRoleSchema>;
export type UserActiveInput = z.infer<typeof userActiveSchema>;
