"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { FormButton } from "@/components/forms/form-button";
import { PersonalDataCheck, SaveAnyway } from "@/components/forms/personal-data-warnings";
import type { PersonalDataWarnings } from "@/lib/app-error";
import { useFormTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { useIsHydrated } from "@/components/forms/use-is-hydrated";
import { useSavedDraft } from "@/components/forms/use-saved-draft";
import { useUnsavedChangesGuard } from "@/components/forms/use-unsaved-changes-guard";
import type { CountryOption } from "@/lib/countries";
import { createIncidentAction, updateIncidentAction } from "@/lib/actions/incidents";
import type { IncidentFormValues, IncidentInput } from "@/lib/schemas/incident";
import { BoatSection } from "./boat-section";
import { CoordinationSection } from "./coordination-section";
import { DeathsSection } from "./deaths-section";
import type { Option } from "./field-state";
import { FormMessages } from "./form-messages";
import { incidentResolver, preloadSchema, withLocalInputs } from "./incident-resolver";
import { NarrativeSection } from "./narrative-section";
import { PeopleSection } from "./people-section";
import { ReasonField } from "./reason-field";
import { EvacuationsSection, InjuriesSection, NationalitiesSection, PartnersSection } from "./row-sections";
import { applyServerErrors } from "./server-errors";
import { VesselSection } from "./vessel-section";
import { WhenWhereSection } from "./when-where-section";
import { useFocusFirstProblem } from "@/components/forms/use-focus-first-problem";

const NO_WARNINGS: PersonalDataWarnings = {};

type IncidentFormProps = {
  /** The incident being edited; absent when recording a new one. */
  incident?: { id: string; version: number };
  initialValues: IncidentFormValues;
  vessels: readonly Option[];
  partners: readonly Option[];
  /** The countries the nationality rows suggest, named in the reader's language. */
  countries: readonly CountryOption[];
};

export function IncidentForm({ incident, initialValues, vessels, partners, countries }: IncidentFormProps) {
  const t = useTranslations("incidentForm");
  const router = useRouter();
  const [defaults] = useState(() => withLocalInputs(initialValues));
  const form = useForm<IncidentFormValues, unknown, IncidentInput>({
    resolver: incidentResolver,
    defaultValues: defaults,
    mode: "onTouched",
    // Focus goes to the first invalid field in page order, server errors included (see below).
    shouldFocusError: false,
  });
  const { isDirty, isSubmitting } = form.formState;
  const draft = useSavedDraft(incident ? `edit:${incident.id}` : "new", form);
  const [formError, setFormError] = useState<{ message: string; details: string[] }>();
  // What the server held back as personal data, and the intent of that save, to repeat it with "Save anyway".
  const [personalData, setPersonalData] = useState<{ warnings: PersonalDataWarnings; intent: IncidentInput["intent"] }>();
  const registryNames = useMemo(() => [...vessels, ...partners].map((option) => option.label), [vessels, partners]);
  const [isSaved, setIsSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Typed before the scripts arrived: newer than any saved draft, so applied over it.
  const formId = useFormTypedBeforeHydration(form, draft.isLoaded);
  const isReady = useIsHydrated() && draft.isLoaded;
  useUnsavedChangesGuard(isDirty && !isSaved);

  useEffect(() => {
    preloadSchema().catch(() => {});
  }, []);

  // Input kept from before a conflict (or typed in another tab) was based on an older version of the
  // case: say so, and save it against the current version only once the user has seen the warning.
  useEffect(() => {
    if (!incident || !draft.restoredAt) return;
    const draftVersion = Number(form.getValues("version"));
    if (draftVersion === incident.version) return;
    form.setValue("version", incident.version);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFormError({ message: t("staleDraft"), details: [] });
  }, [draft.restoredAt, form, incident, t]);

  const focusFirstProblem = useFocusFirstProblem(formRef);

  async function save(input: IncidentInput, isPersonalDataAcknowledged = false) {
    setFormError(undefined);
    const values = { ...input, isPersonalDataAcknowledged };
    let result;
    try {
      result = incident
        ? await updateIncidentAction(incident.id, { ...values, version: values.version ?? incident.version })
        : await createIncidentAction(values);
    } catch {
      setFormError({ message: t("networkError"), details: [] });
      return focusFirstProblem();
    }
    setPersonalData(result.ok || !result.warnings ? undefined : { warnings: result.warnings, intent: input.intent });
    if (!result.ok) {
      setFormError({ message: result.message, details: applyServerErrors(form.setError, result.fieldErrors) });
      return focusFirstProblem();
    }
    setIsSaved(true);
    draft.forgetDraft();
    router.push(`/incidents/${result.data.id}`);
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter instanceof HTMLButtonElement && submitter.value === "submit" ? "submit" : "draft";
    const onInvalid = () => {
      setFormError({ message: t("invalid"), details: [] });
      focusFirstProblem();
    };
    return form.handleSubmit((values) => save({ ...values, intent }), onInvalid)(event);
  };

  const saveAnyway = () => form.handleSubmit((values) => save({ ...values, intent: personalData?.intent ?? "draft" }, true))();

  const discard = () => {
    draft.discardDraft();
    setFormError(undefined);
    form.setFocus("occurredAt");
  };

  return (
    <FormProvider {...form}>
      <PersonalDataCheck names={registryNames} server={personalData?.warnings ?? NO_WARNINGS}>
        <form ref={formRef} id={formId} method="post" className="incident-form" onSubmit={onSubmit} noValidate>
          <FormMessages error={formError} restoredAt={draft.restoredAt} onDiscard={discard}
            action={personalData && <SaveAnyway onClick={saveAnyway} disabled={isSubmitting || isSaved} />} />
          <p className="muted">{t("requiredNote")}</p>
          {!isReady && <p className="notice">{t("loading", { editing: incident ? "yes" : "no" })}</p>}
          {incident && <input type="hidden" {...form.register("version")} />}
          <WhenWhereSection />
          <VesselSection vessels={vessels} />
          <BoatSection />
          <PeopleSection />
          <NationalitiesSection countries={countries} />
          <InjuriesSection />
          <EvacuationsSection />
          <DeathsSection />
          <PartnersSection partners={partners} />
          <CoordinationSection />
          <NarrativeSection />
          {incident && <ReasonField initial={defaults} />}
          <div className="form-actions">
            {incident ? (
              <FormButton className="button" type="submit" isReady={isReady} disabled={isSubmitting || isSaved}>{isSubmitting ? t("saving") : t("save")}</FormButton>
            ) : (
              <>
                <FormButton className="button button-quiet" type="submit" name="intent" value="draft" isReady={isReady} disabled={isSubmitting || isSaved}>{t("saveDraft")}</FormButton>
                <FormButton className="button" type="submit" name="intent" value="submit" isReady={isReady} disabled={isSubmitting || isSaved}>{t("submit")}</FormButton>
              </>
            )}
            {isSubmitting && <span role="status">{t("saving")}</span>}
          </div>
        </form>
      </PersonalDataCheck>
    </FormProvider>
  );
}
