import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { directionOf, tagOf } from "@/lib/i18n/locales";
import { requestLanguage } from "@/lib/i18n/request-language";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Rescue Ledger", template: "%s · Rescue Ledger" }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts need that response's nonce (proxy.ts), which a page
  // prerendered at build time could not carry.
  await connection();
  const { locale } = await requestLanguage();
  return (
    <html lang={tagOf(locale)} dir={directionOf(locale)}>
      <body>
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
