"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useRef, useState, useTransition } from "react";
import { removeTimelineEventAction } from "@/lib/actions/timeline";
import type { TimelineEventFormValues } from "@/lib/schemas/timeline";
import type { TimelineChoices } from "./event-form-fields";
import { TimelineEventForm } from "./timeline-event-form";
import { FormButton } from "@/components/forms/form-button";

type Mode = "show" | "edit" | "confirm-removal";

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
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("show");
  const [message, setMessage] = useState<string>();
  const [isPending, startTransition] = useTransition();
  const editButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<Mode>();

  useEffect(() => {
    if (focusAfter === "show") editButton.current?.focus();
    if (focusAfter === "confirm-removal") confirmButton.current?.focus();
  }, [focusAfter, mode]);

  const show = (next: Mode) => {
    setMode(next);
    setFocusAfter(next === "edit" ? undefined : next);
  };

  const remove = () =>
    startTransition(async () => {
      setMessage(undefined);
      try {
        const result = await removeTimelineEventAction(incidentId, eventId, version);
        if (!result.ok) return setMessage(result.message);
        document.getElementById("timeline-heading")?.focus();
        router.refresh();
      } catch {
        setMessage("Could not reach the server: nothing was removed. Try again.");
      }
    });

  if (mode === "edit") {
    return (
      <li className="timeline-item">
        <TimelineEventForm incidentId={incidentId} version={version} event={{ id: eventId, values }} choices={choices} title={`Edit ${name}`}
          onSaved={() => show("show")} onCancel={() => show("show")} />
      </li>
    );
  }
  return (
    <li className="timeline-item">
      {children}
      {mode === "confirm-removal" ? (
        <div role="group" aria-label={`Confirm removal of ${name}`} className="timeline-confirm">
          <p>Remove this event from the timeline? The case&apos;s history keeps a record of it.</p>
          <FormButton ref={confirmButton} type="button" className="button button-danger" disabled={isPending} onClick={remove}>
            {isPending ? "Removing…" : "Yes, remove"}
          </FormButton>
          <button type="button" className="button button-quiet" disabled={isPending} onClick={() => show("show")}>Keep it</button>
        </div>
      ) : (
        <div className="timeline-item-actions">
          <FormButton ref={editButton} type="button" className="button button-quiet" aria-label={`Edit ${name}`} onClick={() => show("edit")}>Edit</FormButton>
          <FormButton type="button" className="button button-quiet" aria-label={`Remove ${name}`} onClick={() => show("confirm-removal")}>Remove</FormButton>
        </div>
      )}
      <p role="alert" className={message ? "alert" : undefined}>{message}</p>
    </li>
  );
}
