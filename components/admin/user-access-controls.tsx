"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormMessages } from "@/components/admin/form-messages";
import { FormButton } from "@/components/forms/form-button";
import { useTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { ROLE_LABELS } from "@/lib/labels";
import { OneTimePasswordNotice } from "@/components/admin/one-time-password-notice";
import { Role } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions/result";
import { changeUserRoleAction, resetUserPasswordAction, setUserActiveAction, type OneTimePasswordResult } from "@/lib/actions/users";

type Props = { user: { id: string; name: string; role: Role; isActive: boolean }; isSelf: boolean };

const SESSIONS_END = "Their open sessions have ended: they sign in again to continue.";

export function UserAccessControls({ user, isSelf }: Props) {
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [issued, setIssued] = useState<OneTimePasswordResult>();
  const [isPending, startTransition] = useTransition();
  const formId = useTypedBeforeHydration((typed) => {
    const chosen = typed.get("role");
    if (typeof chosen === "string") setRole(chosen as Role);
  });

  function run<T>(action: () => Promise<ActionResult<T>>, success: string, then?: (data: T) => void) {
    setMessage({});
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setMessage({ error: result.message });
      setMessage({ success });
      then?.(result.data);
      router.refresh();
    });
  }

  if (isSelf)
    return <p className="notice">This is your own account: you cannot remove your own administrator role or deactivate yourself. Ask another administrator if needed; change your password on the Account page.</p>;

  return (
    <section aria-labelledby="access-heading" className="card form-narrow">
      <h2 id="access-heading">Access</h2>
      <FormMessages error={message.error} success={message.success} />
      <form method="post"
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          run(() => changeUserRoleAction({ userId: user.id, role }), `${user.name} is now ${ROLE_LABELS[role]}. ${SESSIONS_END}`);
        }}
      >
        <div className="field">
          <label htmlFor="role">Role</label>
          <select id="role" name="role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {Object.values(Role).map((r) => (
              <option key={r} value={r}>{ROLE_LABELS[r]}</option>
            ))}
          </select>
        </div>
        <FormButton className="button" type="submit" disabled={isPending || role === user.role}>Change role</FormButton>
      </form>
      <div className="actions">
        <FormButton
          className="button button-quiet"
          disabled={isPending}
          onClick={() =>
            run(() => setUserActiveAction({ userId: user.id, isActive: !user.isActive }), user.isActive ? `${user.name} is deactivated. ${SESSIONS_END}` : `${user.name} can sign in again.`)
          }
        >
          {user.isActive ? "Deactivate account" : "Reactivate account"}
        </FormButton>
        <FormButton
          className="button button-quiet"
          disabled={isPending}
          onClick={() => run(() => resetUserPasswordAction({ userId: user.id }), `New one-time password issued. ${SESSIONS_END}`, setIssued)}
        >
          Reset password
        </FormButton>
      </div>
      {issued && <OneTimePasswordNotice result={issued} heading="New one-time password" />}
    </section>
  );
}
