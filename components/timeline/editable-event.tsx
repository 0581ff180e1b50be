"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { EditableItem } from "@/components/forms/editable-item";
import { removeTimelineEventAction } from "@/lib/actions/timeline";
import type { TimelineEventFormValues } from "@/lib/schemas/timeline";
import type { TimelineChoices } from "./event-form-fields";
import { TimelineEventForm } from "./timeline-event-form";

type Props = {
  incidentId: string;
  version: number;
  eventId: string;
  /** "event 3 (Rescue started)": tells the buttons of one event from another's. */
  name: string;
  values: TimelineEventFormValues;
  choices: TimelineChoices;
  children: ReactNode;
};

/** An event of the timeline with its Edit and Remove buttons; removal asks first. */
export function EditableEvent({ incidentId, version, eventId, name, values, choices, children }: Props) {
  const t = useTranslations("timeline");
  return (
    <EditableItem name={name} removalQuestion={t("removalQuestion")} focusAfterRemoval="timeline-heading"
      remove={() => removeTimelineEventAction(incidentId, eventId, version)}
      form={(close) => (
        <TimelineEventForm incidentId={incidentId} version={version} event={{ id: eventId, values }} choices={choices} title={t("editTitle", { name })}
          onSaved={close} onCancel={close} />
      )}>
      {children}
    </EditableItem>
  );
}
