"use client";

import { useTranslations } from "next-intl";
import { get, useWatch, type UseFormReturn } from "react-hook-form";
import { AlertSource, TimelineEventType } from "@/generated/prisma/enums";
import { PositionReading } from "@/components/forms/position-reading";
import { useMessageText } from "@/components/i18n/use-message-text";
import { TimeZoneNote } from "@/components/incident-form/when-where-section";
import { TIMELINE_LABELS as L, type TimelineEventFormValues, type TimelineEventInput } from "@/lib/schemas/timeline";
import { COUNT_LABEL, COUNT_LABELS, EVENT_FIELDS, whoLabel } from "@/lib/timeline/event-fields";
import { InputField, type Option, SelectField } from "./fields";
import { NoteField } from "./note-field";

export type TimelineChoices = { vessels: readonly Option[]; organizations: readonly Option[]; evacuations: readonly Option[]; caseReferences: readonly string[] };
type Form = UseFormReturn<TimelineEventFormValues, unknown, TimelineEventInput>;

function PositionHint({ form }: { form: Form }) {
  return <PositionReading text={useWatch({ control: form.control, name: "position" })} />;
}

/** The event form's fields, those of the chosen type only, in the order a keyboard reaches them. */
export function EventFormFields({ form, idPrefix, choices }: { form: Form; idPrefix: string; choices: TimelineChoices }) {
  const t = useTranslations("timeline");
  const tVocab = useTranslations("vocab");
  const text = useMessageText();
  const { register, formState } = form;
  const [type, whoKind, note] = useWatch({ control: form.control, name: ["type", "whoKind", "note"] });
  const needs = EVENT_FIELDS[type as TimelineEventType] ?? {};
  const field = (name: keyof typeof L | "count") => ({
    id: `${idPrefix}-${name}`,
    label: text(name === "count" ? (COUNT_LABELS[type as TimelineEventType] ?? COUNT_LABEL) : L[name]),
    error: (get(formState.errors, name) as { message?: string } | undefined)?.message,
    registration: register(name),
  });
  const typeOptions = Object.values(TimelineEventType).map((value) => ({ value, label: tVocab("eventType", { type: value }) }));
  const alertOptions = Object.values(AlertSource).map((value) => ({ value, label: tVocab("alertSource", { source: value }) }));
  const whoOptions = [
    { value: "vessel", label: t("whoVessel") }, { value: "organization", label: t("whoOrganization") }, { value: "authority", label: t("whoAuthority") },
  ];
  const listId = `${idPrefix}-cases`;
  return (
    <div className="timeline-form-grid">
      <SelectField {...field("type")} options={typeOptions} blank={t("choose")} isRequired />
      <InputField {...field("occurredAt")} type="datetime-local" isRequired hint={<TimeZoneNote />} />
      {needs.alertSource && <SelectField {...field("alertSource")} options={alertOptions} blank={t("choose")} isRequired />}
      {needs.count && <InputField {...field("count")} inputMode="numeric" isRequired={needs.count === "required"} />}
      {needs.port && <InputField {...field("port")} isRequired={needs.port === "required"} />}
      {needs.linkedCase && (
        <>
          <InputField {...field("linkedReference")} list={listId} hint={t("linkedCaseHint")} />
          <datalist id={listId}>{choices.caseReferences.map((reference) => <option key={reference} value={reference} />)}</datalist>
        </>
      )}
      {needs.evacuation && <SelectField {...field("evacuationId")} options={choices.evacuations} blank={choices.evacuations.length ? t("notLinked") : t("noEvacuations")} />}
      <SelectField {...field("whoKind")} label={text(whoLabel(type as TimelineEventType))} options={whoOptions} blank={t("notRecorded")} />
      {whoKind === "vessel" && <SelectField {...field("vesselId")} options={choices.vessels} blank={t("choose")} isRequired />}
      {whoKind === "organization" && <SelectField {...field("organizationId")} options={choices.organizations} blank={t("choose")} isRequired />}
      {whoKind === "authority" && <InputField {...field("authority")} isRequired hint={t("authorityHint")} />}
      <InputField {...field("position")} hint={<PositionHint form={form} />} />
      <NoteField {...field("note")} value={note} isRequired={needs.note === "required"} />
    </div>
  );
}
