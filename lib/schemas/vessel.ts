import { z } from "zod";
import { VesselKind } from "@/generated/prisma/enums";
import { messageKey } from "@/lib/i18n/message-key";
import { storableText } from "./storable-text";

/** IMO ship numbers end with a check digit: the first six digits weighted 7…2, summed, modulo 10. */
export function isValidImo(imo: string) {
  if (!/^\d{7}$/.test(imo)) return false;
  const digits = [...imo].map(Number);
  const sum = digits.slice(0, 6).reduce((total, digit, i) => total + digit * (7 - i), 0);
  return sum % 10 === digits[6];
}

const emptyToNull = (value: string) => value || null;

export const vesselInputSchema = z.object({
  name: storableText().min(2, messageKey("validation.admin.vesselName")).max(100, messageKey("validation.admin.nameTooLong", { max: 100 })),
  kind: z.enum(VesselKind, messageKey("validation.admin.vesselKind")),
  flagState: storableText().max(100, messageKey("validation.admin.flagStateTooLong", { max: 100 })).transform(emptyToNull),
  imo: z.string().trim().transform((v) => v.replace(/^IMO\s*/i, ""))
    .refine((v) => v === "" || /^\d{7}$/.test(v), messageKey("validation.admin.imoFormat"))
    .refine((v) => !/^\d{7}$/.test(v) || isValidImo(v), messageKey("validation.admin.imoCheckDigit"))
    .transform(emptyToNull),
  mmsi: z.string().trim()
    .refine((v) => v === "" || /^\d{9}$/.test(v), messageKey("validation.admin.mmsiFormat"))
    .transform(emptyToNull),
  callSign: z.string().trim().toUpperCase()
    .refine((v) => v === "" || /^[A-Z0-9]{3,8}$/.test(v), messageKey("validation.admin.callSignFormat"))
    .transform(emptyToNull),
  /** Empty: no operating organization (platform operators only); other admins always get their own. */
  organizationId: z.union([z.uuid(), z.literal("")]).transform(emptyToNull),
});

export const vesselActiveSchema = z.object({ vesselId: z.uuid(), isActive: z.boolean() });

export type VesselFormInput = z.input<typeof vesselInputSchema>;
export type VesselInput = z.output<typeof vesselInputSchema>;
