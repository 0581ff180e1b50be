import type { ReactNode } from "react";
import { IntlClientProvider } from "@/components/i18n/intl-client-provider";
import { tagOf } from "@/lib/i18n/locales";
import { type Messages, messagesOf } from "@/lib/i18n/messages";
import { requestLanguage } from "@/lib/i18n/request-language";

export type Namespace = keyof Messages;

// What every screen's client components use: loading labels, field errors, action messages.
const ALWAYS: Namespace[] = ["common", "errors", "validation"];
// Validation messages the server alone words (the import's problems and refusals:
// lib/data/import/in-readers-language.ts), a third of the namespace, the restore's and the export route's refusals: kept out of every page's HTML.
const SERVER_ONLY_VALIDATION = ["import", "retention", "exportRefusal"];

function validationFor(messages: Messages) {
  return Object.fromEntries(Object.entries(messages.validation).filter(([group]) => !SERVER_ONLY_VALIDATION.includes(group)));
}

/**
 * Gives the client components inside it the messages of these namespaces (and the ones every screen
 * uses), and nothing more: a browser receives only what its components show. Server components need
 * no wrapper.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: Namespace[]; children: ReactNode }) {
  const { locale, timeZone } = await requestLanguage();
  const messages = messagesOf(locale);
  const picked = Object.fromEntries([...ALWAYS, ...namespaces].map((namespace) =>
    [namespace, namespace === "validation" ? validationFor(messages) : messages[namespace]]));
  return (
    <IntlClientProvider locale={tagOf(locale)} timeZone={timeZone ?? "UTC"} followsBrowserZone={timeZone === null} messages={picked}>
      {children}
    </IntlClientProvider>
  );
}
