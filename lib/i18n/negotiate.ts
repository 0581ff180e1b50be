import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";

const isLanguageTag = (range: string) => {
  try {
    return Intl.getCanonicalLocales(range).length > 0;
  } catch {
    return false; // "*" or not a language tag
  }
};

/**
 * The interface language for a browser's Accept-Language header (what next-intl's own middleware uses:
 * negotiator orders the ranges by quality, intl-localematcher finds the first the interface speaks,
 * "it-IT,it;q=0.9" → it); English when none is ("pt") or the header is missing or unreadable.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranges = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages().filter(isLanguageTag);
  return match(ranges, LOCALES, DEFAULT_LOCALE, { algorithm: "lookup" }) as Locale;
}
