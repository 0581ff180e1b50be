import { getRequestConfig } from "next-intl/server";
import { tagOf } from "@/lib/i18n/locales";
import { englishMessage, messagesOf } from "@/lib/i18n/messages";
import { requestLanguage } from "@/lib/i18n/request-language";

// next-intl's configuration for server components, actions and metadata (no locale in the URL).
export default getRequestConfig(async () => {
  const { locale, timeZone } = await requestLanguage();
  return {
    locale: tagOf(locale),
    messages: messagesOf(locale),
    timeZone: timeZone ?? "UTC",
    onError(error) {
      console.error(`[i18n] ${error.message}`);
    },
    getMessageFallback({ namespace, key }) {
      const path = [namespace, key].filter(Boolean).join(".");
      return englishMessage(path) ?? path;
    },
  };
});
