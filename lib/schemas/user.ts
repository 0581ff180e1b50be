import { z } from "zod";
import { Role } from "@/generated/prisma/enums";
import { messageKey } from "@/lib/i18n/message-key";
import { storableText } from "./storable-text";

const optionalId = z.union([z.uuid(), z.literal("")]).optional().transform((v) => v || undefined);

export const userCreateSchema = z.object({
  name: storableText().min(1, messageKey("validation.admin.personName")).max(200, messageKey("validation.admin.nameTooLong", { max: 200 })),
  email: z.string().trim().toLowerCase().min(1, messageKey("validation.admin.emailRequired")).max(254, messageKey("validation.admin.emailTooLong", { max: 254 }))
    .pipe(z.email(messageKey("validation.admin.emailInvalid"))),
  role: z.enum(Role, messageKey("validation.admin.role")),
  /** Only platform operators choose; other admins always add users to their own organization. */
  organizationId: optionalId,
});

export const userRoleSchema = z.object({ userId: z.uuid(), role: z.enum(Role, messageKey("validation.admin.role")) });
export const userActiveSchema = z.object({ userId: z.uuid(), isActive: z.boolean() });
export const userIdSchema = z.object({ userId: z.uuid() });

export type UserCreateInput = z.input<typeof userCreateSchema>;
export type UserCreate = z.output<typeof userCreateSchema>;
export type UserRoleInput = z.infer<typeof userRoleSchema>;
export type UserActiveInput = z.infer<typeof userActiveSchema>;
