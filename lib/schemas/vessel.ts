import { z } from "zod";
import { VesselKind } from "@/generated/prisma/enums";
import { storableText } from "./storable-text";

/** IMO ship numbers end with a check digit: the first six digits weighted 7…2, summed, modulo 10. */
export function isValidImo(imo: string) {
  if (!/^\d{7}$/.test(imo)) return false;
  const digits = [...imo].map(Number);
  const sum = digits.slice(0, 6).reduce((total, digit, i) => total + digit * (7 - i), 0);
  return sum % 10 === digits[6];
}

const emptyToNull = (value: string) => value || null;

const optionalText = (max: number, label: string) =>
  storableText().max(max, `${label} is at most ${max} characters.`).transform(emptyToNull);

export const vesselInputSchema = z.object({
  name: storableText().min(2, "Enter the vessel's name.").max(100, "Names are at most 100 characters."),
  kind: z.enum(VesselKind, "Choose the kind of vessel."),
  flagState: optionalText(100, "The flag state"),
  imo: z.string().trim().transform((v) => v.replace(/^IMO\s*/i, ""))
    .refine((v) => v === "" || /^\d{7}$/.test(v), "An IMO number is 7 digits, e.g. 9074729.")
    .refine((v) => !/^\d{7}$/.test(v) || isValidImo(v), "This IMO number's check digit does not match: check for a typo.")
    .transform(emptyToNull),
  mmsi: z.string().trim()
    .refine((v) => v === "" || /^\d{9}$/.test(v), "An MMSI is 9 digits, e.g. 253123000.")
    .transform(emptyToNull),
  callSign: z.string().trim().toUpperCase()
    .refine((v) => v === "" || /^[A-Z0-9]{3,8}$/.test(v), "A call sign is 3–8 letters or digits, e.g. LXAG.")
    .transform(emptyToNull),
  /** Empty: no operating organization (platform operators only); other admins always get their own. */
  organizationId: z.union([z.uuid(), z.literal("")]).transform(emptyToNull),
});

export const vesselActiveSchema = z.object({ vesselId: z.uuid(), isActive: z.boolean() });

export type VesselFormInput = z.input<typeof vesselInputSchema>;
export type VesselInput = z.output<typeof vesselInputSchema>;
