import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

function languageOf(range: string): string | null {
  try {
    return Intl.getCanonicalLocales(range)[0]?.split("-")[0] ?? null;
  } catch {
    return null; // "*" or not a language tag
  }
}

/**
 * The interface language for a browser's Accept-Language header: the first of its languages, by
 * preference, that the interface speaks ("it-IT,it;q=0.9" → it); English when none is ("pt") or the
 * header is missing or unreadable.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranges = (acceptLanguage ?? "")
    .split(",")
    .map((part, order) => {
      const [range, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return { range: range.trim(), quality: q === undefined ? 1 : Number(q), order };
    })
    .filter(({ range, quality }) => range && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const { range } of ranges) {
    const language = languageOf(range);
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}
