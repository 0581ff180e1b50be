import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: "Not found" };

// An address no route matches. The root layout knows no user, so this page has no app shell.
export default function NotFound() {
  return (
    <main id="content">
      <NotFoundMessage />
    </main>
  );
}
