"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { SelectField } from "@/components/admin/form-field";
import { applyServerErrors, FormMessages } from "@/components/admin/form-messages";
import { FormButton } from "@/components/forms/form-button";
import { useFormTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { saveLanguageSettingAction } from "@/lib/actions/account";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { type LanguageSetting, type LanguageSettingInput, languageSettingSchema } from "@/lib/schemas/language-setting";

type Props = { values: LanguageSettingInput; timeZones: readonly string[] };

/** The user's language and time zone; saving re-renders every page in them at once. */
export function LanguageForm({ values, timeZones }: Props) {
  const t = useTranslations("account");
  const [message, setMessage] = useState<{ error?: string; isSaved?: boolean }>({});
  const form = useForm<LanguageSettingInput, unknown, LanguageSetting>({ resolver: zodResolver(languageSettingSchema), defaultValues: values });
  const { register, handleSubmit, setError, reset, formState } = form;
  const formId = useFormTypedBeforeHydration(form);

  const onSubmit = handleSubmit(async (setting) => {
    setMessage({});
    const result = await saveLanguageSettingAction(setting);
    if (!result.ok) return setMessage({ error: applyServerErrors(result, setError) });
    reset({ locale: setting.locale ?? "", timeZone: setting.timeZone ?? "" });
    // Worded when shown: the page re-renders in the language just chosen.
    setMessage({ isSaved: true });
  });

  return (
    <form id={formId} method="post" onSubmit={onSubmit} noValidate>
      <FormMessages error={message.error} success={message.isSaved ? t("saved") : undefined} />
      <SelectField id="locale" label={t("language")} error={formState.errors.locale?.message} registration={register("locale")}>
        <option value="">{t("browserLanguage")}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>{LOCALE_NAMES[locale]}</option>
        ))}
      </SelectField>
      <SelectField id="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} error={formState.errors.timeZone?.message} registration={register("timeZone")}>
        <option value="">{t("browserZone")}</option>
        {timeZones.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
      </SelectField>
      <FormButton className="button" type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("save")}
      </FormButton>
    </form>
  );
}
