"use client";

import { useRef, type ReactNode } from "react";
import { useFieldArray, useFormContext, type FieldArray } from "react-hook-form";
import { FormButton } from "@/components/forms/form-button";
import { FieldError } from "@/components/ui/field-error";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { useFieldState } from "./field-state";
import type { IncidentRowName } from "./form-values";

export type ListError = { id: string; message?: string };

type RowListProps<N extends IncidentRowName> = {
  name: N;
  legend: string;
  /** Names one row: "Injury" gives "Injury 1", "Remove injury 1". */
  itemLabel: string;
  newRow: () => FieldArray<IncidentFormValues, N>;
  children: (index: number, listError: ListError) => ReactNode;
};

/** A section of repeatable rows with add and remove buttons; a new row takes the focus. */
export function RowList<N extends IncidentRowName>({ name, legend, itemLabel, newRow, children }: RowListProps<N>) {
  const { control } = useFormContext<IncidentFormValues>();
  const { fields, append, remove } = useFieldArray<IncidentFormValues, N>({ control, name });
  const { errorId, message } = useFieldState(name);
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = { id: errorId, message };
  const item = itemLabel.toLowerCase();

  return (
    <fieldset className="form-section" aria-describedby={errorId}>
      <legend>{legend}</legend>
      {fields.length === 0 && <p className="muted">None recorded.</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="form-row">
          <legend>{`${itemLabel} ${index + 1}`}</legend>
          <div className="form-row-fields">{children(index, listError)}</div>
          <FormButton
            className="button button-quiet"
            onClick={() => {
              remove(index);
              addButton.current?.focus();
            }}
          >
            Remove<span className="visually-hidden">{` ${item} ${index + 1}`}</span>
          </FormButton>
        </fieldset>
      ))}
      <FieldError id={errorId} message={message} />
      <FormButton ref={addButton} className="button button-quiet" onClick={() => append(newRow())}>
        Add {item}
      </FormButton>
    </fieldset>
  );
}
