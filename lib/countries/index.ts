import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

// ISO 3166-1 alpha-2 codes and their English names, the one place that knows them (the schema reads
// these in the browser too); names in the interface's other languages: ./localized.ts, server only.
countries.registerLocale(en);

export type CountryLocale = "en";
export type CountryOption = { code: string; name: string };

const CODES = new Set(Object.keys(countries.getAlpha2Codes()));
const byLocale = new Map<CountryLocale, { options: CountryOption[]; codeOf: Map<string, string> }>();

function tables(locale: CountryLocale) {
  let table = byLocale.get(locale);
  if (!table) {
    const names = countries.getNames(locale, { select: "official" });
    const options = Object.entries(names).map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, locale));
    const codeOf = new Map<string, string>();
    for (const { code, name } of options) codeOf.set(name.toLowerCase(), code);
    // Other names ("Syria", "Ivory Coast") as long as each points at one country only.
    const aliases = Object.entries(countries.getNames(locale, { select: "all" })).flatMap(([code, all]) => all.map((alias) => [alias.toLowerCase(), code] as const));
    const shared = new Set(aliases.filter(([alias, code]) => aliases.some(([other, otherCode]) => other === alias && otherCode !== code)).map(([alias]) => alias));
    for (const [alias, code] of aliases) if (!codeOf.has(alias) && !shared.has(alias)) codeOf.set(alias, code);
    table = { options, codeOf };
    byLocale.set(locale, table);
  }
  return table;
}

/** Every country, sorted by its name in the locale. */
export function countryOptions(locale: CountryLocale = "en"): readonly CountryOption[] {
  return tables(locale).options;
}

export function isCountryCode(code: string) {
  return CODES.has(code);
}

/** The country's name in the locale; the code itself when it is not one. */
export function countryName(code: string, locale: CountryLocale = "en") {
  return countries.getName(code, locale, { select: "official" }) ?? code;
}

/** The alpha-2 code of a country given by its code (any case), its name or "Name (CC)"; null when none. */
export function countryCodeOf(text: string, locale: CountryLocale = "en"): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return isCountryCode(trimmed.toUpperCase()) ? trimmed.toUpperCase() : null;
  const withCode = /\(([A-Za-z]{2})\)$/.exec(trimmed);
  if (withCode && isCountryCode(withCode[1].toUpperCase())) return withCode[1].toUpperCase();
  return tables(locale).codeOf.get(trimmed.toLowerCase()) ?? null;
}
