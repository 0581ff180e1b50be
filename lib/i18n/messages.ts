import "server-only";
import { type Locale } from "@/lib/i18n/locales";
import { compileMessages, flattenMessages, type MessageTree, withEnglishFallback } from "@/lib/i18n/message-check";
import ar from "@/messages/ar.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import it from "@/messages/it.json";

export type Messages = typeof en;

const FILES: Record<Locale, MessageTree> = { en, it, fr, de, ar };
const ENGLISH = flattenMessages(en);
const checked = new Map<Locale, Messages>();

/**
 * A language's messages, with the English one in place of any that is missing or broken (logged once
 * per process): the message-file test fails on those, a page never does. Compiled (message-check.ts).
 */
export function messagesOf(locale: Locale): Messages {
  let messages = checked.get(locale);
  if (!messages) {
    const report = (key: string, problem: string) => console.error(`[i18n] ${locale} message ${key} ${problem}: showing the English one`);
    messages = compileMessages(locale === "en" ? en : withEnglishFallback(en, FILES[locale], report)) as unknown as Messages;
    checked.set(locale, messages);
  }
  return messages;
}

/** The English text of a message, for a message that fails to format in another language. */
export function englishMessage(key: string): string | undefined {
  return ENGLISH.get(key);
}
