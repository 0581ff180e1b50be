import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { EndedDraftsPurge } from "@/components/forms/draft-vault-provider";
import { callbackPath } from "@/lib/auth/callback-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const next = callbackPath((await searchParams).callbackUrl);
  return (
    <main style={{ maxWidth: 420, paddingTop: "4rem" }}>
      <div className="card">
        <h1>Rescue Ledger</h1>
        <p className="muted">Sign in to record and review rescues.</p>
        <SignInForm callbackUrl={next} />
        <EndedDraftsPurge />
      </div>
    </main>
  );
}
