"use client";

import { get, useFormState, type FieldPath } from "react-hook-form";
import type { IncidentFormValues } from "@/lib/schemas/incident";

export type FieldName = FieldPath<IncidentFormValues>;
export type Option = { value: string; label: string };

/** Options for a select: the stored values and the words users see for each. */
export const optionsFrom = <T extends string>(values: readonly T[], label: (value: T) => string): Option[] => values.map((value) => ({ value, label: label(value) }));

export const fieldId = (name: string) => `incident-${name.replaceAll(".", "-")}`;

/**
 * The message of a field's error (a row list's own error included) and the attributes that tie the
 * input to it and to its hint, for screen readers.
 */
export function useFieldState(name: FieldName, { hasHint = false, describedBy = "" } = {}) {
  const { errors } = useFormState<IncidentFormValues>({ name });
  const error: { message?: string; root?: { message?: string } } | undefined = get(errors, name);
  const message: string | undefined = error?.message || error?.root?.message || undefined;
  const id = fieldId(name);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return {
    id,
    errorId,
    hintId,
    message,
    a11y: {
      "aria-invalid": Boolean(message),
      "aria-describedby": [hasHint && hintId, errorId, describedBy].filter(Boolean).join(" "),
    },
  };
}
