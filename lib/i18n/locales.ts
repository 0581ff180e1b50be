// The languages of the interface. A stored or sent value that is not one of them counts as no choice.
export const LOCALES = ["en", "it", "fr", "de", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", it: "Italiano", fr: "Français", de: "Deutsch", ar: "العربية" };

// British English: dates read day first ("25 Oct 2016"), as the interface always showed them.
const TAGS: Record<Locale, string> = { en: "en-GB", it: "it", fr: "fr", de: "de", ar: "ar" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The tag next-intl formats with and `<html lang>` carries. */
export function tagOf(locale: Locale): string {
  return TAGS[locale];
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}
