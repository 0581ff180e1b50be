"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormButton } from "@/components/forms/form-button";
import { useFormTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { FieldError } from "@/components/ui/field-error";
import { signInErrorCase } from "@/lib/auth/sign-in-errors";
import { signInSchema, type SignInInput } from "@/lib/schemas/sign-in";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });
  const { register, handleSubmit, formState } = form;
  const { errors, isSubmitting } = formState;
  const formId = useFormTypedBeforeHydration(form);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      setFormError(t("error", { code: signInErrorCase(result?.error) }));
    }
  });

  // method="post": a submit before the scripts run (slow link) must not put the password in the URL.
  return (
    <form id={formId} method="post" onSubmit={onSubmit} noValidate>
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" type="email" autoComplete="username" aria-invalid={!!errors.email} aria-describedby="email-error" {...register("email")} />
        <FieldError id="email-error" message={errors.email?.message} />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} aria-describedby="password-error" {...register("password")} />
        <FieldError id="password-error" message={errors.password?.message} />
      </div>
      <FormButton className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </FormButton>
    </form>
  );
}
