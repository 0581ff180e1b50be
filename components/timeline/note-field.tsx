"use client";

import { useState } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { PersonalDataNotes, usePersonalDataWarnings } from "@/components/forms/personal-data-warnings";
import type { TimelineEventFormValues, TimelineEventInput } from "@/lib/schemas/timeline";
import { TextAreaField } from "./fields";

type Props = Omit<Parameters<typeof TextAreaField>[0], "note"> & { form: UseFormReturn<TimelineEventFormValues, unknown, TimelineEventInput> };

/** The event's note, with warnings under it when it looks like personal data. */
export function NoteField({ form, registration, ...field }: Props) {
  const value = useWatch({ control: form.control, name: "note" });
  const [initial] = useState(() => form.getValues("note"));
  const personalData = usePersonalDataWarnings("note", value, initial);
  const onBlur: typeof registration.onBlur = (event) => {
    personalData.onBlur(event);
    return registration.onBlur(event);
  };
  const id = `${field.id}-personal-data`;
  return <TextAreaField {...field} registration={{ ...registration, onBlur }} note={{ id, element: <PersonalDataNotes id={id} warnings={personalData.warnings} /> }} />;
}
