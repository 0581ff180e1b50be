import type { Metadata } from "next";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { ROLE_LABELS } from "@/lib/labels";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  // Every signed-in user has an account page: no permission beyond being signed in.
  const user = await requireUser();
  return (
    <>
      <h1>Account</h1>
      <dl className="details">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt>Organization</dt>
        <dd>{user.organizationName}</dd>
      </dl>
      <h2>Change password</h2>
      <p className="muted">Changing your password signs you out on your other devices. Ask an administrator to change your name, email or role.</p>
      <div className="card form-narrow">
        <PasswordChangeForm email={user.email} isForced={false} />
      </div>
    </>
  );
}
