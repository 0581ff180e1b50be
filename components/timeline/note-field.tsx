"use client";

import { PersonalDataNotes, usePersonalDataWarnings } from "@/components/forms/personal-data-warnings";
import { TextAreaField } from "./fields";

type Props = Omit<Parameters<typeof TextAreaField>[0], "note"> & { value: string | null | undefined };

/** A note of the timeline or the track, with warnings under it when it looks like personal data. */
export function NoteField({ value, registration, ...field }: Props) {
  const personalData = usePersonalDataWarnings("note", value);
  const onBlur: typeof registration.onBlur = (event) => {
    personalData.onBlur(event);
    return registration.onBlur(event);
  };
  const id = `${field.id}-personal-data`;
  return <TextAreaField {...field} registration={{ ...registration, onBlur }} note={{ id, element: <PersonalDataNotes id={id} warnings={personalData.warnings} /> }} />;
}
