"use client";

import type { ReactNode, SelectHTMLAttributes, InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";

export type Option = { value: string; label: string };

type Common = {
  id: string; label: string; error?: string; hint?: ReactNode; isRequired?: boolean; registration: UseFormRegisterReturn;
  /** Shown under the error, and tied to the control too (personal-data warnings). */
  note?: { id: string; element: ReactNode };
};

// Small labelled fields for the timeline forms: the error is tied to the input (aria-describedby) and
// announced where it appears (aria-live, in FieldError).
function Frame({ id, label, error, hint, isRequired, note, children }: Omit<Common, "registration"> & { children: ReactNode }) {
  return (
    <div className="field">
      <span className="field-label">
        <label htmlFor={id}>{label}</label>
        {isRequired && <span className="required-mark" aria-hidden="true">*</span>}
      </span>
      {children}
      {hint && <div id={`${id}-hint`} className="field-hint">{hint}</div>}
      <FieldError id={`${id}-error`} message={error} />
      {note?.element}
    </div>
  );
}

const a11y = ({ id, error, hint, isRequired, note }: Omit<Common, "registration" | "label">) => ({
  id,
  "aria-invalid": Boolean(error),
  "aria-required": isRequired || undefined,
  "aria-describedby": [hint && `${id}-hint`, `${id}-error`, note?.id].filter(Boolean).join(" "),
});

export function InputField({ registration, type = "text", ...props }: Common & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "inputMode" | "list">) {
  const { inputMode, list, ...frame } = props;
  return (
    <Frame {...frame}>
      <input type={type} inputMode={inputMode} list={list} autoComplete="off" {...a11y(frame)} {...registration} />
    </Frame>
  );
}

export function SelectField({ registration, options, blank, ...frame }: Common & { options: readonly Option[]; blank?: string } & Pick<SelectHTMLAttributes<HTMLSelectElement>, never>) {
  return (
    <Frame {...frame}>
      <select {...a11y(frame)} {...registration}>
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </Frame>
  );
}

export function TextAreaField({ registration, ...frame }: Common & Pick<TextareaHTMLAttributes<HTMLTextAreaElement>, never>) {
  return (
    <Frame {...frame}>
      <textarea rows={3} {...a11y(frame)} {...registration} />
    </Frame>
  );
}
