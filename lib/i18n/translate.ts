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

type Words = (key: string, values?: MessageValues) => string;

async function readerTranslator() {
  const language = await localeOfRequest();
  const locale = tagOf(language);
  const t = createTranslator({ locale, messages: messagesOf(language) }) as unknown as Words & { has: (key: string) => boolean };
  return { locale, t };
}

/**
 * A server action's message (or field error) in the reader's language, so that every form shows it as
 * it comes. A sentence that is not a key passes unchanged, without reading the request.
 */
export async function translateMessage(message: string): Promise<string> {
  if (!/^(validation|errors)\./.test(readMessageKey(message).key)) return message;
  return messageText((await readerTranslator()).t, message);
}

/** Messages of any namespace in the reader's language: one by its key and arguments, or several as one list ("A, B and C"). */
export async function readerWords(): Promise<{ word: Words; list: (keys: string[]) => string }> {
  const { locale, t } = await readerTranslator();
  return { word: t, list: (keys) => new Intl.ListFormat(locale, { type: "conjunction" }).format(keys.map((key) => t(key))) };
}
