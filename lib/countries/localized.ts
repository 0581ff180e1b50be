import "server-only";
import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json";
import de from "i18n-iso-countries/langs/de.json";
import fr from "i18n-iso-countries/langs/fr.json";
import it from "i18n-iso-countries/langs/it.json";
import type { Locale } from "@/lib/i18n/locales";
import { type CountryOption, countryName, countryOptions } from "./index";

// The interface's other languages, on the server only: the browser keeps English names (the schema
// reads those), and each page sends the names of its reader's language.
for (const names of [it, fr, de, ar]) countries.registerLocale(names);

const byLocale = new Map<Locale, readonly CountryOption[]>();

/**
 * What a country field offers in the locale: in English the names themselves; in another language
 * "Name (CC)", which the schema reads by its code in any language.
 */
export function localizedCountryOptions(locale: Locale): readonly CountryOption[] {
  if (locale === "en") return countryOptions();
  let options = byLocale.get(locale);
  if (!options) {
    const names = countries.getNames(locale, { select: "official" });
    options = Object.entries(names).map(([code, name]) => ({ code, name: `${name} (${code})` })).sort((a, b) => a.name.localeCompare(b.name, locale));
    byLocale.set(locale, options);
  }
  return options;
}

/** A country's name in the locale, without its code (pages that show the code beside it). */
export function countryNameIn(code: string, locale: Locale): string {
  return locale === "en" ? countryName(code) : (countries.getName(code, locale, { select: "official" }) ?? code);
}

/** A stored country as its field shows it in the locale. */
export function localizedCountryName(code: string, locale: Locale): string {
  if (locale === "en") return countryName(code);
  const name = countryNameIn(code, locale);
  return name === code ? code : `${name} (${code})`;
}
