import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { storableText } from "./storable-text";

export const organizationInputSchema = z.object({
  name: storableText().min(2, messageKey("validation.admin.organizationName")).max(200, messageKey("validation.admin.nameTooLong", { max: 200 })),
  shortName: z.string().trim().toUpperCase()
    .regex(/^[A-Z0-9]{2,8}$/, messageKey("validation.admin.shortName")),
  country: storableText().min(2, messageKey("validation.admin.country")).max(100, messageKey("validation.admin.countryTooLong", { max: 100 })),
});

/** What the data layer stores: the form's rules, with the country unknown for a partner named only in an imported file. */
export const organizationRecordSchema = organizationInputSchema.extend({ country: organizationInputSchema.shape.country.nullable() });

export const organizationIdSchema = z.uuid();

export type OrganizationFormInput = z.input<typeof organizationInputSchema>;
export type OrganizationInput = z.output<typeof organizationInputSchema>;
export type OrganizationRecord = z.output<typeof organizationRecordSchema>;
