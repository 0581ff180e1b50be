import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an absolute callback URL could send the user to another site after sign-in.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/incidents";
  return (
    <main style={{ maxWidth: 420, paddingTop: "4rem" }}>
      <div className="card">
        <h1>Rescue Ledger</h1>
        <p className="muted">Sign in to record and review rescues.</p>
        <SignInForm callbackUrl={next} />
      </div>
    </main>
  );
}
