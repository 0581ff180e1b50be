import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import { compileMessages } from "./message-check";
import { messageText } from "./message-key";

const t = createTranslator({ locale: "en", messages: compileMessages(en) as unknown as typeof en });

/** A schema's message in English, for screens and files not translated yet (the import report) and tests. */
export function englishText(message: string): string {
  return messageText(t as unknown as Parameters<typeof messageText>[0], message);
}
