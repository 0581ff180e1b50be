"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/admin/form-field";
import { FormButton } from "@/components/forms/form-button";
import { useFormTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { applyServerErrors, FormMessages } from "@/components/admin/form-messages";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/actions/organizations";
import { organizationInputSchema, type OrganizationFormInput } from "@/lib/schemas/organization";

type Props = { organization?: { id: string; name: string; shortName: string; country: string | null } };

export function OrganizationForm({ organization }: Props) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<OrganizationFormInput>({
    resolver: zodResolver(organizationInputSchema, undefined, { raw: true }),
    defaultValues: { name: organization?.name ?? "", shortName: organization?.shortName ?? "", country: organization?.country ?? "" },
  });
  const { register, handleSubmit, setError, formState } = form;
  const { errors, isSubmitting } = formState;
  const formId = useFormTypedBeforeHydration(form);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = organization ? await updateOrganizationAction(organization.id, values) : await createOrganizationAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    router.push("/admin/organizations");
  });

  return (
    <form id={formId} method="post" onSubmit={onSubmit} noValidate className="card form-narrow">
      <FormMessages error={formError} />
      <TextField id="name" label={t("name")} autoComplete="organization" error={errors.name?.message} registration={register("name")} />
      <TextField
        id="shortName" label={t("shortName")} autoComplete="off" maxLength={8} className="input-short" error={errors.shortName?.message} registration={register("shortName")}
        hint={organization ? t("shortNameHintEdit") : t("shortNameHintNew")}
      />
      <TextField id="country" label={t("country")} autoComplete="country-name" error={errors.country?.message} registration={register("country")} />
      <FormButton className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : organization ? t("saveChanges") : t("createOrganization")}
      </FormButton>
    </form>
  );
}
