import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getLanguageSetting } from "@/lib/auth/session";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { timeZoneOrNull } from "@/lib/i18n/time-zones";

export type RequestLanguage = {
  locale: Locale;
  /** The user's chosen zone, or null: pages show UTC until the browser shows its own zone. */
  timeZone: string | null;
};

/**
 * The language of this request: the signed-in user's setting, else the browser's Accept-Language, else
 * English. A stored value this version does not know counts as no setting. Once per request.
 */
export const requestLanguage = cache(async (): Promise<RequestLanguage> => {
  const setting = await getLanguageSetting();
  const locale = isLocale(setting?.locale) ? setting.locale : negotiateLocale((await headers()).get("accept-language"));
  return { locale, timeZone: timeZoneOrNull(setting?.timeZone) };
});
