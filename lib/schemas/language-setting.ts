import { z } from "zod";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messageKey } from "@/lib/i18n/message-key";
import { isTimeZone } from "@/lib/i18n/time-zones";

/** "" in the form, null once parsed (the action parses the form's output again): follow the browser. */
export const languageSettingSchema = z.object({
  locale: z.string().nullable().refine((v) => !v || isLocale(v), messageKey("validation.account.locale")).transform((v) => (v || null) as Locale | null),
  timeZone: z.string().nullable().refine((v) => !v || isTimeZone(v), messageKey("validation.account.timeZone")).transform((v) => v || null),
});

export type LanguageSettingInput = z.input<typeof languageSettingSchema>;
export type LanguageSetting = z.output<typeof languageSettingSchema>;
