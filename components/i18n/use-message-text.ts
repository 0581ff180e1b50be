import { useTranslations } from "next-intl";
import { messageText } from "@/lib/i18n/message-key";

/** Shows a message key from a schema or an action (lib/i18n/message-key.ts) in the reader's language. */
export function useMessageText() {
  const t = useTranslations();
  return (message: string) => messageText(t as unknown as Parameters<typeof messageText>[0], message);
}
