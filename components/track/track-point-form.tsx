"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { get, useForm, useWatch, type Resolver } from "react-hook-form";
import { clearAfterSave } from "@/components/forms/clear-after-save";
import { FormButton } from "@/components/forms/form-button";
import { PersonalDataCheck, SaveAnyway } from "@/components/forms/personal-data-warnings";
import { placeFieldErrors } from "@/components/forms/place-field-errors";
import { PositionReading } from "@/components/forms/position-reading";
import { useFocusFirstProblem } from "@/components/forms/use-focus-first-problem";
import { localInputOf, localInputToIso } from "@/components/incident-form/incident-resolver";
import { useMessageText } from "@/components/i18n/use-message-text";
import { TimeZoneNote } from "@/components/incident-form/when-where-section";
import { InputField } from "@/components/timeline/fields";
import { NoteField } from "@/components/timeline/note-field";
import type { PersonalDataWarnings } from "@/lib/app-error";
import { addTrackPointAction, updateTrackPointAction } from "@/lib/actions/track";
import { messageKey } from "@/lib/i18n/message-key";
import { TRACK_LABELS as L, trackPointInputSchema, type TrackPointFormValues, type TrackPointInput } from "@/lib/schemas/track";

const schemaResolver = zodResolver(trackPointInputSchema);
// The time input holds a `datetime-local` value in the browser's zone; the schema takes an instant with its offset.
const resolver: Resolver<TrackPointFormValues, unknown, TrackPointInput> = (values, context, options) =>
  schemaResolver({ ...values, occurredAt: localInputToIso(values.occurredAt) as string }, context, options);

const NO_NAMES: string[] = [];
const NO_WARNINGS: PersonalDataWarnings = {};
const BLANK: TrackPointFormValues = { occurredAt: "", position: "", note: "", version: 1 };
const FIELDS = new Set(Object.keys(L));
const ALIASES: Record<string, string> = { latitude: "position", longitude: "position" };

type Props = {
  incidentId: string;
  version: number;
  /** The point being edited; absent when adding one. */
  point?: { id: string; values: TrackPointFormValues };
  title: string;
  onSaved: (summary: string) => void;
  onCancel?: () => void;
};

/** Adds or edits one point of the case's track; the server checks the same schema. */
export function TrackPointForm({ incidentId, version, point, title, onSaved, onCancel }: Props) {
  const t = useTranslations("track");
  const tTimeline = useTranslations("timeline");
  const text = useMessageText();
  const router = useRouter();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [defaults] = useState(() => {
    const at = point?.values.occurredAt;
    return { ...BLANK, ...point?.values, version, occurredAt: at instanceof Date || (typeof at === "string" && at.includes("Z")) ? localInputOf(new Date(at)) : (at ?? "") };
  });
  const form = useForm<TrackPointFormValues, unknown, TrackPointInput>({ resolver, defaultValues: defaults, mode: "onTouched", shouldFocusError: false });
  const [formError, setFormError] = useState<string>();
  // What the server held back as personal data, until the user changes it or saves anyway.
  const [personalData, setPersonalData] = useState<PersonalDataWarnings>();
  const [position, note] = useWatch({ control: form.control, name: ["position", "note"] });
  useEffect(() => form.setValue("version", version), [form, version]);
  const focusFirstProblem = useFocusFirstProblem(formRef);

  async function save(input: TrackPointInput, isPersonalDataAcknowledged = false) {
    setFormError(undefined);
    const values = { ...input, isPersonalDataAcknowledged };
    let result;
    try {
      result = point ? await updateTrackPointAction(incidentId, point.id, values) : await addTrackPointAction(incidentId, values);
    } catch {
      setFormError(tTimeline("networkError"));
      return focusFirstProblem();
    }
    setPersonalData(result.ok ? undefined : result.warnings);
    if (!result.ok) {
      setFormError([result.message, ...placeFieldErrors(form.setError, result.fieldErrors, FIELDS, ALIASES)].join(" "));
      return focusFirstProblem();
    }
    if (!point) clearAfterSave(form, BLANK);
    onSaved(t("saved", { position: values.position, isNew: point ? "no" : "yes" }));
    router.refresh();
  }

  const idPrefix = `track-${point?.id ?? "new"}`;
  const field = (name: keyof typeof L) => ({
    id: `${idPrefix}-${name}`,
    label: text(L[name]),
    error: (get(form.formState.errors, name) as { message?: string } | undefined)?.message,
    registration: form.register(name),
  });
  const onInvalid = () => {
    setFormError(text(messageKey("validation.timeline.notSaved")));
    focusFirstProblem();
  };
  return (
    <form ref={formRef} method="post" className="timeline-form" aria-labelledby={headingId} noValidate
      onSubmit={form.handleSubmit((values) => save(values), onInvalid)}>
      <h3 id={headingId}>{title}</h3>
      <div role="alert" className={formError ? "alert" : undefined} tabIndex={-1}>
        {formError}
        {personalData && <> <SaveAnyway onClick={form.handleSubmit((values) => save(values, true), onInvalid)} disabled={form.formState.isSubmitting} /></>}
      </div>
      <div className="timeline-form-grid">
        <InputField {...field("occurredAt")} type="datetime-local" isRequired hint={<TimeZoneNote />} />
        <InputField {...field("position")} isRequired hint={<PositionReading text={position} />} />
        <PersonalDataCheck names={NO_NAMES} server={personalData ?? NO_WARNINGS}>
          <NoteField {...field("note")} value={note} />
        </PersonalDataCheck>
      </div>
      <div className="form-actions">
        <FormButton className="button" type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? tTimeline("saving") : point ? t("savePoint") : t("addPoint")}
        </FormButton>
        {onCancel && <button className="button button-quiet" type="button" onClick={onCancel}>{tTimeline("cancel")}</button>}
      </div>
    </form>
  );
}
