import "server-only";
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, type Locale, tagOf } from "@/lib/i18n/locales";
import { messagesOf } from "@/lib/i18n/messages";
import { type MessageValues, messageText, readMessageKey } from "@/lib/i18n/message-key";
import { requestLanguage } from "@/lib/i18n/request-language";

async function localeOfRequest(): Promise<Locale> {
  try {
    return (await requestLanguage()).locale;
  } catch {
    return DEFAULT_LOCALE; // outside a request: scripts and tests read English
  }
}

/**
 * A server action's message (or field error) in the reader's language, so that every form shows it as
 * it comes. A sentence that is not a key passes unchanged, without reading the request.
 */
export async function translateMessage(message: string): Promise<string> {
  if (!/^(validation|errors)\./.test(readMessageKey(message).key)) return message;
  const locale = await localeOfRequest();
  const t = createTranslator({ locale: tagOf(locale), messages: messagesOf(locale) });
  return messageText(t as unknown as Parameters<typeof messageText>[0], message);
}

/** Messages of any namespace, by key and arguments, in the reader's language as one list ("A, B and C"). */
export async function translatedList(messages: { key: string; values?: MessageValues }[]): Promise<string> {
  const locale = await localeOfRequest();
  const t = createTranslator({ locale: tagOf(locale), messages: messagesOf(locale) }) as unknown as (key: string, values?: MessageValues) => string;
  return new Intl.ListFormat(tagOf(locale), { type: "conjunction" }).format(messages.map(({ key, values }) => t(key, values)));
}
