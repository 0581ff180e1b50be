import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rescue Ledger", template: "%s · Rescue Ledger" },
  description: "Case tracker for search-and-rescue NGOs at sea",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts need that response's nonce (proxy.ts), which a page
  // prerendered at build time could not carry.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
