"use client";

import { useSyncExternalStore } from "react";
import { get, useWatch, type UseFormReturn } from "react-hook-form";
import type { TimelineEventType } from "@/generated/prisma/enums";
import { PositionReading } from "@/components/forms/position-reading";
import { TIMELINE_LABELS as L, type TimelineEventFormValues, type TimelineEventInput } from "@/lib/schemas/timeline";
import { COUNT_LABELS, EVENT_FIELDS, whoLabel } from "@/lib/timeline/event-fields";
import { ALERT_SOURCE_LABELS, EVENT_TYPE_LABELS } from "@/lib/timeline/labels";
import { InputField, type Option, optionsOf, SelectField, TextAreaField } from "./fields";

export type TimelineChoices = { vessels: readonly Option[]; organizations: readonly Option[]; evacuations: readonly Option[]; caseReferences: readonly string[] };
type Form = UseFormReturn<TimelineEventFormValues, unknown, TimelineEventInput>;

const TYPE_OPTIONS = optionsOf(EVENT_TYPE_LABELS);
const ALERT_OPTIONS = optionsOf(ALERT_SOURCE_LABELS);
const WHO_OPTIONS: Option[] = [
  { value: "vessel", label: "A vessel of the registry" },
  { value: "organization", label: "An organization" },
  { value: "authority", label: "An authority or other, named as text" },
];

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function TimeHint() {
  const zone = useSyncExternalStore(subscribe, browserZone, () => null);
  return <>In your time zone{zone && ` (${zone})`}.</>;
}

function PositionHint({ form }: { form: Form }) {
  const text = useWatch({ control: form.control, name: "position" });
  return <PositionReading text={text} blank="Optional; any format, e.g. 33°07.4′N 012°30.0′E." />;
}

/** The event form's fields, those of the chosen type only, in the order a keyboard reaches them. */
export function EventFormFields({ form, idPrefix, choices }: { form: Form; idPrefix: string; choices: TimelineChoices }) {
  const { register, formState } = form;
  const [type, whoKind] = useWatch({ control: form.control, name: ["type", "whoKind"] });
  const needs = EVENT_FIELDS[type as TimelineEventType] ?? {};
  const field = (name: keyof typeof L | "count") => ({
    id: `${idPrefix}-${name}`,
    error: (get(formState.errors, name) as { message?: string } | undefined)?.message,
    registration: register(name),
  });
  const listId = `${idPrefix}-cases`;
  return (
    <div className="timeline-form-grid">
      <SelectField {...field("type")} label={L.type} options={TYPE_OPTIONS} blank="Choose…" isRequired />
      <InputField {...field("occurredAt")} label={L.occurredAt} type="datetime-local" isRequired hint={<TimeHint />} />
      {needs.alertSource && <SelectField {...field("alertSource")} label={L.alertSource} options={ALERT_OPTIONS} blank="Choose…" isRequired />}
      {needs.count && <InputField {...field("count")} label={COUNT_LABELS[type as TimelineEventType] ?? "Count"} inputMode="numeric" isRequired={needs.count === "required"} />}
      {needs.port && <InputField {...field("port")} label={L.port} isRequired={needs.port === "required"} />}
      {needs.linkedCase && (
        <>
          <InputField {...field("linkedReference")} label={L.linkedReference} list={listId} hint="Optional: the other case's reference, e.g. MSF-2016-0002." />
          <datalist id={listId}>{choices.caseReferences.map((reference) => <option key={reference} value={reference} />)}</datalist>
        </>
      )}
      {needs.evacuation && <SelectField {...field("evacuationId")} label={L.evacuationId} options={choices.evacuations} blank={choices.evacuations.length ? "Not linked" : "The case has no evacuation rows"} />}
      <SelectField {...field("whoKind")} label={whoLabel(type as TimelineEventType)} options={WHO_OPTIONS} blank="Not recorded" />
      {whoKind === "vessel" && <SelectField {...field("vesselId")} label={L.vesselId} options={choices.vessels} blank="Choose…" isRequired />}
      {whoKind === "organization" && <SelectField {...field("organizationId")} label={L.organizationId} options={choices.organizations} blank="Choose…" isRequired />}
      {whoKind === "authority" && <InputField {...field("authority")} label={L.authority} isRequired hint="e.g. MRCC Rome, Libyan coast guard, Alarm Phone." />}
      <InputField {...field("position")} label={L.position} hint={<PositionHint form={form} />} />
      <TextAreaField {...field("note")} label={L.note} isRequired={needs.note === "required"} />
    </div>
  );
}
