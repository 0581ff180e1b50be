"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "@/components/admin/form-field";
import { FormButton } from "@/components/forms/form-button";
import { useFormTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { applyServerErrors, FormMessages } from "@/components/admin/form-messages";
import { changePasswordAction } from "@/lib/actions/account";
import { MIN_PASSWORD_LENGTH, passwordChangeSchema, type PasswordChangeInput } from "@/lib/schemas/password";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

/**
 * Changing the password ends every session of the user, this one included; the form then signs in
 * again with the new password, so only the user's other devices have to sign in again.
 */
export function PasswordChangeForm({ email, isForced }: { email: string; isForced: boolean }) {
  const t = useTranslations("passwordChange");
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const form = useForm<PasswordChangeInput>({ resolver: zodResolver(passwordChangeSchema), defaultValues: EMPTY });
  const { register, handleSubmit, setError, reset, formState } = form;
  const { errors, isSubmitting } = formState;
  const formId = useFormTypedBeforeHydration(form);

  const onSubmit = handleSubmit(async (values) => {
    setMessage({});
    const result = await changePasswordAction(values);
    if (!result.ok) return setMessage({ error: applyServerErrors(result, setError) });
    const signedIn = await signIn("credentials", { email, password: values.newPassword, redirect: false });
    if (!signedIn?.ok || signedIn.error) return router.replace("/sign-in");
    reset(EMPTY);
    if (isForced) router.replace("/incidents");
    else setMessage({ success: t("changed") });
    router.refresh();
  });

  // method="post": a submit before the scripts run (slow link) must not put the password in the URL.
  return (
    <form id={formId} method="post" onSubmit={onSubmit} noValidate>
      <FormMessages error={message.error} success={message.success} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="currentPassword" label={isForced ? t("oneTimePassword") : t("currentPassword")} type="password" autoComplete="current-password"
        error={errors.currentPassword?.message} registration={register("currentPassword")}
      />
      <TextField
        id="newPassword" label={t("newPassword")} type="password" autoComplete="new-password" hint={t("newPasswordHint", { min: MIN_PASSWORD_LENGTH })}
        error={errors.newPassword?.message} registration={register("newPassword")}
      />
      <TextField id="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} registration={register("confirmPassword")} />
      <FormButton className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </FormButton>
    </form>
  );
}
