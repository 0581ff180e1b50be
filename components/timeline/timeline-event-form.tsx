"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { localInputOf, localInputToIso } from "@/components/incident-form/incident-resolver";
import { addTimelineEventAction, updateTimelineEventAction } from "@/lib/actions/timeline";
import { useMessageText } from "@/components/i18n/use-message-text";
import { messageKey } from "@/lib/i18n/message-key";
import { TIMELINE_LABELS, timelineEventInputSchema, type TimelineEventFormValues, type TimelineEventInput } from "@/lib/schemas/timeline";
import { EventFormFields, type TimelineChoices } from "./event-form-fields";
import { clearAfterSave } from "@/components/forms/clear-after-save";
import { FormButton } from "@/components/forms/form-button";
import { PersonalDataCheck, SaveAnyway } from "@/components/forms/personal-data-warnings";
import type { PersonalDataWarnings } from "@/lib/app-error";
import { placeFieldErrors } from "@/components/forms/place-field-errors";
import { useFocusFirstProblem } from "@/components/forms/use-focus-first-problem";

const schemaResolver = zodResolver(timelineEventInputSchema);
// The time input holds a `datetime-local` value in the browser's zone; the schema takes an instant with its offset.
const resolver: Resolver<TimelineEventFormValues, unknown, TimelineEventInput> = (values, context, options) =>
  schemaResolver({ ...values, occurredAt: localInputToIso(values.occurredAt) as string }, context, options);

export const BLANK_EVENT: TimelineEventFormValues = {
  type: "" as TimelineEventFormValues["type"], occurredAt: "", alertSource: "", count: "", port: "", position: "", whoKind: "",
  vesselId: "", organizationId: "", authority: "", linkedReference: "", evacuationId: "", note: "", version: 1,
};

const NO_WARNINGS: PersonalDataWarnings = {};
const FIELDS = new Set<string>([...Object.keys(TIMELINE_LABELS), "count"]);
const ALIASES: Record<string, string> = { latitude: "position", longitude: "position" };

type Props = {
  incidentId: string;
  version: number;
  /** The event being edited; absent when adding one. */
  event?: { id: string; values: TimelineEventFormValues };
  choices: TimelineChoices;
  title: string;
  onSaved: (summary: string) => void;
  onCancel?: () => void;
};

/** Adds or edits one timeline event; the server checks the same schema, then the rules between events. */
export function TimelineEventForm({ incidentId, version, event, choices, title, onSaved, onCancel }: Props) {
  const t = useTranslations("timeline");
  const tVocab = useTranslations("vocab");
  const text = useMessageText();
  const router = useRouter();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [defaults] = useState(() => {
    const values = { ...BLANK_EVENT, ...event?.values, version };
    const at = values.occurredAt;
    return { ...values, occurredAt: at instanceof Date || (typeof at === "string" && at.includes("Z")) ? localInputOf(new Date(at)) : at };
  });
  const form = useForm<TimelineEventFormValues, unknown, TimelineEventInput>({ resolver, defaultValues: defaults, mode: "onTouched", shouldFocusError: false });
  const [formError, setFormError] = useState<string>();
  // What the server held back as personal data, until the user changes it or saves anyway.
  const [personalData, setPersonalData] = useState<PersonalDataWarnings>();
  const registryNames = useMemo(() => [...choices.vessels, ...choices.organizations].map((option) => option.label), [choices]);
  const { isSubmitting } = form.formState;

  // A change saved meanwhile (here or by someone else, once the page refreshed) moves the case's version on.
  useEffect(() => form.setValue("version", version), [form, version]);
  const focusFirstProblem = useFocusFirstProblem(formRef);

  async function save(input: TimelineEventInput, isPersonalDataAcknowledged = false) {
    setFormError(undefined);
    const values = { ...input, isPersonalDataAcknowledged };
    let result;
    try {
      result = event ? await updateTimelineEventAction(incidentId, event.id, values) : await addTimelineEventAction(incidentId, values);
    } catch {
      setFormError(t("networkError"));
      return focusFirstProblem();
    }
    setPersonalData(result.ok ? undefined : result.warnings);
    if (!result.ok) {
      const unplaced = placeFieldErrors(form.setError, result.fieldErrors, FIELDS, ALIASES);
      setFormError([result.message, ...unplaced].join(" "));
      return focusFirstProblem();
    }
    if (!event) clearAfterSave(form, BLANK_EVENT);
    onSaved(t("saved", { type: tVocab("eventType", { type: values.type }), isNew: event ? "no" : "yes" }));
    router.refresh();
  }

  const onInvalid = () => {
    setFormError(text(messageKey("validation.timeline.notSaved")));
    focusFirstProblem();
  };

  const saveAnyway = () => form.handleSubmit((values) => save(values, true), onInvalid)();

  return (
    <form ref={formRef} method="post" className="timeline-form" aria-labelledby={headingId} noValidate onSubmit={form.handleSubmit((values) => save(values), onInvalid)}>
      <h3 id={headingId}>{title}</h3>
      <div role="alert" className={formError ? "alert" : undefined} tabIndex={-1}>
        {formError}
        {personalData && <> <SaveAnyway onClick={saveAnyway} disabled={isSubmitting} /></>}
      </div>
      <PersonalDataCheck names={registryNames} server={personalData ?? NO_WARNINGS}>
        <EventFormFields form={form} idPrefix={`timeline-${event?.id ?? "new"}`} choices={choices} />
      </PersonalDataCheck>
      <div className="form-actions">
        <FormButton className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? t("saving") : event ? t("saveEvent") : t("addEvent")}</FormButton>
        {onCancel && <button className="button button-quiet" type="button" onClick={onCancel}>{t("cancel")}</button>}
      </div>
    </form>
  );
}
