"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/admin/form-field";
import { applyServerErrors, FormMessages } from "@/components/admin/form-messages";
import { FormButton } from "@/components/forms/form-button";
import { useFormTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { updatePrivacySettingsAction } from "@/lib/actions/privacy-settings";
import { POSITION_ROUNDINGS, type PrivacySettings, type PrivacySettingsFormInput, privacySettingsInputSchema, RESTORE_DAYS, SUPPRESSION_THRESHOLD } from "@/lib/schemas/privacy-settings";

const NAUTICAL_MILES_PER_DEGREE = 60;

export function PrivacySettingsForm({ organizationId, settings }: { organizationId: string; settings: PrivacySettings }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [isSaved, setIsSaved] = useState(false);
  const form = useForm<PrivacySettingsFormInput>({
    resolver: zodResolver(privacySettingsInputSchema, undefined, { raw: true }),
    defaultValues: { restoreDays: String(settings.restoreDays), suppressionThreshold: String(settings.suppressionThreshold), positionRoundingDegrees: String(settings.positionRoundingDegrees) },
  });
  const { register, handleSubmit, setError, formState } = form;
  const { errors, isSubmitting } = formState;
  const formId = useFormTypedBeforeHydration(form);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setIsSaved(false);
    const result = await updatePrivacySettingsAction(organizationId, values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    setIsSaved(true);
    router.refresh();
  });

  return (
    <form id={formId} method="post" onSubmit={onSubmit} noValidate className="card form-narrow">
      <FormMessages error={formError} success={isSaved && t("privacySaved")} />
      <TextField
        id="restoreDays" label={t("restoreDays")} hint={t("restoreDaysHint", RESTORE_DAYS)} inputMode="numeric" autoComplete="off" className="input-short"
        error={errors.restoreDays?.message} registration={register("restoreDays")}
      />
      <TextField
        id="suppressionThreshold" label={t("suppressionThreshold")} hint={t("suppressionThresholdHint", SUPPRESSION_THRESHOLD)} inputMode="numeric" autoComplete="off"
        className="input-short" error={errors.suppressionThreshold?.message} registration={register("suppressionThreshold")}
      />
      <SelectField
        id="positionRoundingDegrees" label={t("positionRounding")} hint={t("positionRoundingHint")} error={errors.positionRoundingDegrees?.message}
        registration={register("positionRoundingDegrees")}
      >
        {POSITION_ROUNDINGS.map((degrees) => (
          <option key={degrees} value={String(degrees)}>{t("roundingOption", { degrees, miles: degrees * NAUTICAL_MILES_PER_DEGREE })}</option>
        ))}
      </SelectField>
      <FormButton className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? t("saving") : t("saveChanges")}</FormButton>
    </form>
  );
}
