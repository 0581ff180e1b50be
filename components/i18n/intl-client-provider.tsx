"use client";

import { type AbstractIntlMessages, type IntlError, NextIntlClientProvider } from "next-intl";
import { createContext, type ReactNode, useContext, useEffect } from "react";
import { FORMATS } from "@/lib/i18n/formats";
import { applyZodLocale } from "./zod-locale";

const FollowsBrowserZone = createContext(true);

/** True when the reader chose no time zone: times show in UTC until the browser shows its own zone. */
export function useFollowsBrowserZone() {
  return useContext(FollowsBrowserZone);
}

// The server already put the English message in place of a missing or broken one (lib/i18n/messages.ts).
function onError(error: IntlError) {
  console.error(`[i18n] ${error.message}`);
}

type Props = { locale: string; timeZone: string; followsBrowserZone: boolean; messages: AbstractIntlMessages; children: ReactNode };

export function IntlClientProvider({ followsBrowserZone, children, ...config }: Props) {
  useEffect(() => void applyZodLocale(config.locale), [config.locale]);
  return (
    <FollowsBrowserZone value={followsBrowserZone}>
      <NextIntlClientProvider {...config} formats={FORMATS} onError={onError}>
        {children}
      </NextIntlClientProvider>
    </FollowsBrowserZone>
  );
}
