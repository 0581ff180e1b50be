"use client";

import { useTranslations } from "next-intl";
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
  newRow: () => FieldArray<IncidentFormValues, N>;
  children: (index: number, listError: ListError) => ReactNode;
};

/** A section of repeatable rows with add and remove buttons; a new row takes the focus. */
export function RowList<N extends IncidentRowName>({ name, legend, newRow, children }: RowListProps<N>) {
  const { control } = useFormContext<IncidentFormValues>();
  const { fields, append, remove } = useFieldArray<IncidentFormValues, N>({ control, name });
  const { errorId, message } = useFieldState(name);
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = { id: errorId, message };
  const t = useTranslations("incidentForm");

  return (
    <fieldset className="form-section" aria-describedby={errorId}>
      <legend>{legend}</legend>
      {fields.length === 0 && <p className="muted">{t("noneRecorded")}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="form-row">
          <legend>{t("row", { list: name, number: index + 1 })}</legend>
          <div className="form-row-fields">{children(index, listError)}</div>
          <FormButton
            className="button button-quiet"
            onClick={() => {
              remove(index);
              addButton.current?.focus();
            }}
          >
            {t.rich("removeRow", { list: name, number: index + 1, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
          </FormButton>
        </fieldset>
      ))}
      <FieldError id={errorId} message={message} />
      <FormButton ref={addButton} className="button button-quiet" onClick={() => append(newRow())}>
        {t("addRow", { list: name })}
      </FormButton>
    </fieldset>
  );
}
