import type { ReactNode } from "react";
import { IntlClientProvider } from "@/components/i18n/intl-client-provider";
import { tagOf } from "@/lib/i18n/locales";
import { type Messages, messagesOf } from "@/lib/i18n/messages";
import { requestLanguage } from "@/lib/i18n/request-language";

export type Namespace = keyof Messages;

// What every screen's client components use: loading labels, field errors, action messages.
const ALWAYS: Namespace[] = ["common", "errors", "validation"];
// Validation groups mostly worded by the server (the import's problems: lib/data/import/in-readers-language.ts),
// a third of the namespace: sent only where a page asks for them (`serverWorded`), not in every page's HTML.
type ServerWordedGroup = "import";
const SERVER_WORDED: ServerWordedGroup[] = ["import"];

function validationFor(messages: Messages, asked: ServerWordedGroup[]) {
  const left = SERVER_WORDED.filter((group) => !asked.includes(group)) as string[];
  return Object.fromEntries(Object.entries(messages.validation).filter(([group]) => !left.includes(group)));
}

/**
 * Gives the client components inside it the messages of these namespaces (and the ones every screen
 * uses), and nothing more: a browser receives only what its components show. Server components need
 * no wrapper.
 */
export async function ClientMessages({ namespaces = [], serverWorded = [], children }: {
  namespaces?: Namespace[]; serverWorded?: ServerWordedGroup[]; children: ReactNode;
}) {
  const { locale, timeZone } = await requestLanguage();
  const messages = messagesOf(locale);
  const picked = Object.fromEntries([...ALWAYS, ...namespaces].map((namespace) =>
    [namespace, namespace === "validation" ? validationFor(messages, serverWorded) : messages[namespace]]));
  return (
    <IntlClientProvider locale={tagOf(locale)} timeZone={timeZone ?? "UTC"} followsBrowserZone={timeZone === null} messages={picked}>
      {children}
    </IntlClientProvider>
  );
}
