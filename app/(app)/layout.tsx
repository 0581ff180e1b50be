import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DraftVaultProvider } from "@/components/forms/draft-vault-provider";
import { AppShell } from "@/components/layout/app-shell";
import { draftKeyFor } from "@/lib/auth/draft-key";
import { requireUser } from "@/lib/auth/session";
import { countToReview } from "@/lib/data/review/review-queue";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // requireUser sends a user who must change their password to do that first.
  const user = await requireUser();
  const [draftKey, reviewCount] = await Promise.all([draftKeyFor(user), countToReview(user)]);
  // The error boundary (error.tsx) renders inside this layout, in the browser: its words come from here.
  return (
    <DraftVaultProvider draftKey={draftKey}>
      <ClientMessages namespaces={["signOut", "pageError"]}>
        <AppShell user={user} reviewCount={reviewCount}>{children}</AppShell>
      </ClientMessages>
    </DraftVaultProvider>
  );
}
