"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { isolated } from "@/components/i18n/isolated";
import { FormMessages } from "@/components/admin/form-messages";
import { FormButton } from "@/components/forms/form-button";
import { useTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { OneTimePasswordNotice } from "@/components/admin/one-time-password-notice";
import { Role } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions/result";
import { changeUserRoleAction, resetUserPasswordAction, setUserActiveAction, type OneTimePasswordResult } from "@/lib/actions/users";

type Props = { user: { id: string; name: string; role: Role; isActive: boolean }; isSelf: boolean };

export function UserAccessControls({ user, isSelf }: Props) {
  const t = useTranslations("admin");
  const tVocab = useTranslations("vocab");
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [message, setMessage] = useState<{ error?: string; success?: ReactNode }>({});
  const [issued, setIssued] = useState<OneTimePasswordResult>();
  const [isPending, startTransition] = useTransition();
  const formId = useTypedBeforeHydration((typed) => {
    const chosen = typed.get("role");
    if (typeof chosen === "string") setRole(chosen as Role);
  });

  function run<T>(action: () => Promise<ActionResult<T>>, success: ReactNode, then?: (data: T) => void) {
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
    return <p className="notice">{t("ownAccount")}</p>;

  return (
    <section aria-labelledby="access-heading" className="card form-narrow">
      <h2 id="access-heading">{t("access")}</h2>
      <FormMessages error={message.error} success={message.success} />
      <form method="post"
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          run(() => changeUserRoleAction({ userId: user.id, role }), t.rich("roleChanged", { name: user.name, role: tVocab("role", { role }), bdi: isolated }));
        }}
      >
        <div className="field">
          <label htmlFor="role">{t("role")}</label>
          <select id="role" name="role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {Object.values(Role).map((r) => (
              <option key={r} value={r}>{tVocab("role", { role: r })}</option>
            ))}
          </select>
        </div>
        <FormButton className="button" type="submit" disabled={isPending || role === user.role}>{t("changeRole")}</FormButton>
      </form>
      <div className="actions">
        <FormButton
          className="button button-quiet"
          disabled={isPending}
          onClick={() =>
            run(() => setUserActiveAction({ userId: user.id, isActive: !user.isActive }), user.isActive ? t.rich("userDeactivated", { name: user.name, bdi: isolated }) : t.rich("userReactivated", { name: user.name, bdi: isolated }))
          }
        >
          {user.isActive ? t("deactivateAccount") : t("reactivateAccount")}
        </FormButton>
        <FormButton
          className="button button-quiet"
          disabled={isPending}
          onClick={() => run(() => resetUserPasswordAction({ userId: user.id }), t("passwordReset"), setIssued)}
        >
          {t("resetPassword")}
        </FormButton>
      </div>
      {issued && <OneTimePasswordNotice result={issued} heading={t("newOneTimePassword")} />}
    </section>
  );
}
