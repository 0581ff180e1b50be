import type { ReactNode } from "react";
import { DraftVaultProvider } from "@/components/forms/draft-vault-provider";
import { AppShell } from "@/components/layout/app-shell";
import { draftKeyFor } from "@/lib/auth/draft-key";
import { requireUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // requireUser sends a user who must change their password to do that first.
  const user = await requireUser();
  return (
    <DraftVaultProvider draftKey={await draftKeyFor(user)}>
      <AppShell user={user}>{children}</AppShell>
    </DraftVaultProvider>
  );
}
