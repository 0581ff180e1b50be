"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Link } from "@/components/ui/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { isolated } from "@/components/i18n/isolated";
import { SelectField, TextField } from "@/components/admin/form-field";
import { FormButton } from "@/components/forms/form-button";
import { useFormTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { applyServerErrors, FormMessages } from "@/components/admin/form-messages";
import { OneTimePasswordNotice } from "@/components/admin/one-time-password-notice";
import { Role } from "@/generated/prisma/enums";
import { createUserAction, type OneTimePasswordResult } from "@/lib/actions/users";
import { userCreateSchema, type UserCreateInput } from "@/lib/schemas/user";

type Props = { organizations?: { id: string; name: string }[] };

export function UserCreateForm({ organizations }: Props) {
  const t = useTranslations("admin");
  const tVocab = useTranslations("vocab");
  const [created, setCreated] = useState<OneTimePasswordResult>();
  const [formError, setFormError] = useState<string>();
  const form = useForm<UserCreateInput>({
    // raw: the action parses the same schema again, from the values as typed.
    resolver: zodResolver(userCreateSchema, undefined, { raw: true }),
    defaultValues: { name: "", email: "", role: "FIELD", organizationId: "" },
  });
  const { register, handleSubmit, setError, reset, formState } = form;
  const { errors, isSubmitting } = formState;
  const formId = useFormTypedBeforeHydration(form);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await createUserAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    reset();
    setCreated(result.data);
  });

  if (created)
    return (
      <>
        <OneTimePasswordNotice result={created} heading={t.rich("canNowSignIn", { name: created.name, bdi: isolated })} />
        <p className="actions">
          <Link className="button" href="/admin/users">{t("backToUsers")}</Link>
          <button type="button" className="button button-quiet" onClick={() => setCreated(undefined)}>{t("addAnotherUser")}</button>
        </p>
      </>
    );

  return (
    <form id={formId} method="post" onSubmit={onSubmit} noValidate className="card form-narrow">
      <FormMessages error={formError} />
      <TextField id="name" label={t("fullName")} autoComplete="off" error={errors.name?.message} registration={register("name")} />
      <TextField id="email" label={t("email")} type="email" autoComplete="off" error={errors.email?.message} registration={register("email")} />
      <SelectField id="role" label={t("role")} error={errors.role?.message} registration={register("role")}>
        {Object.values(Role).map((role) => (
          <option key={role} value={role}>{t("roleOption", { label: tVocab("role", { role }), role })}</option>
        ))}
      </SelectField>
      {organizations && (
        <SelectField id="organizationId" label={t("organization")} error={errors.organizationId?.message} registration={register("organizationId")}>
          <option value="">{t("choose")}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>{o.name}</option>
          ))}
        </SelectField>
      )}
      <p className="muted">{t("oneTimePasswordIntro")}</p>
      <FormButton className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("creating") : t("createUser")}
      </FormButton>
    </form>
  );
}
