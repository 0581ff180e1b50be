"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { PersonalDataNotes, usePersonalDataWarnings } from "@/components/forms/personal-data-warnings";
import { FieldError } from "@/components/ui/field-error";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { fieldId } from "./field-state";
import { type FieldProps, Label, useField } from "./fields";

type FreeTextFieldProps = FieldProps & { isMultiline?: boolean; rows?: number; placeholder?: string };

/** Text written freely (the narrative, the source), with warnings under it when it looks like personal data. */
export function FreeTextField({ isMultiline, rows = 4, placeholder, ...props }: FreeTextFieldProps) {
  const { register } = useFormContext<IncidentFormValues>();
  const value = useWatch<IncidentFormValues>({ name: props.name }) as string | null | undefined;
  const personalData = usePersonalDataWarnings(props.name, value);
  const notesId = `${fieldId(props.name)}-personal-data`;
  const { id, errorId, message, a11y, hintElement } = useField({ ...props, describedBy: notesId });
  const registration = register(props.name, props.rules);
  const onBlur: typeof registration.onBlur = (event) => {
    personalData.onBlur(event);
    return registration.onBlur(event);
  };
  const control = { id, ...a11y, ...registration, onBlur };
  return (
    <div className="field">
      <Label htmlFor={id} label={props.label} isRequired={props.isRequired} />
      {isMultiline ? <textarea rows={rows} {...control} /> : <input type="text" autoComplete="off" placeholder={placeholder} {...control} />}
      {hintElement}
      <FieldError id={errorId} message={message} />
      <PersonalDataNotes id={notesId} warnings={personalData.warnings} />
    </div>
  );
}
