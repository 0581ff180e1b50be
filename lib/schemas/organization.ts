import { z } from "zod";
import { storableText } from "./storable-text";

export const organizationInputSchema = z.object({
  name: storableText().min(2, "Enter the organization's full name.").max(200, "Names are at most 200 characters."),
  shortName: z.string().trim().toUpperCase()
    .regex(/^[A-Z0-9]{2,8}$/, "A short name is 2–8 capital letters or digits, e.g. MSF: it starts incident references (MSF-2016-0042)."),
  country: storableText().min(2, "Enter the country where the organization is based.").max(100, "Countries are at most 100 characters."),
});

/** What the data layer stores: the form's rules, with the country unknown for a partner named only in an imported file. */
export const organizationRecordSchema = organizationInputSchema.extend({ country: organizationInputSchema.shape.country.nullable() });

export const organizationIdSchema = z.uuid();

export type OrganizationFormInput = z.input<typeof organizationInputSchema>;
export type OrganizationInput = z.output<typeof organizationInputSchema>;
export type OrganizationRecord = z.output<typeof organizationRecordSchema>;
