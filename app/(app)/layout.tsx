import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // requireUser sends a user who must change their password to do that first.
  const user = await requireUser();
  return <AppShell user={user}>{children}</AppShell>;
}
