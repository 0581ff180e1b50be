import { config } from "zod/v4/core";

type ZodLocale = { default: () => Parameters<typeof config>[0] };

// zod's own messages (a value of the wrong type, say) in the page's language: the schemas' messages are keys
// of the message files already. Loaded when a page in that language first needs them; English is built in.
const LOCALES: Record<string, () => Promise<ZodLocale>> = {
  en: () => import("zod/v4/locales/en.js"),
  it: () => import("zod/v4/locales/it.js"),
  fr: () => import("zod/v4/locales/fr.js"),
  de: () => import("zod/v4/locales/de.js"),
  ar: () => import("zod/v4/locales/ar.js"),
};

let applied: string | undefined;

/** Sets zod's language for this browser tab, whose pages are in one language at a time. */
export async function applyZodLocale(locale: string): Promise<void> {
  const language = locale.slice(0, 2);
  if (language === applied || !LOCALES[language]) return;
  applied = language;
  const loaded = await LOCALES[language]();
  if (applied === language) config(loaded.default());
}
