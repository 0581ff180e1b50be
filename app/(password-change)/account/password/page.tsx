import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireUserForPasswordChange } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Choose your password" };

// Outside the (app) group on purpose: its layout sends users who must change their password here, and
// a layout cannot tell which page it wraps, so this page must not be under it.
export default async function ForcedPasswordChangePage() {
  // Any signed-in user: the page only changes their own password.
  const user = await requireUserForPasswordChange();
  if (!user.mustChangePassword) redirect("/account");
  return (
    <main className="narrow-page">
      <div className="card">
        <h1>Choose your password</h1>
        <p>
          Welcome, {user.name}. You signed in with a one-time password from an administrator: replace it with a password only you know
          before you continue.
        </p>
        <PasswordChangeForm email={user.email} isForced />
        <p className="actions">
          <SignOutButton />
        </p>
      </div>
    </main>
  );
}
