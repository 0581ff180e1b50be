import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";

type FieldProps = { id: string; label: string; error?: string; hint?: ReactNode; registration: UseFormRegisterReturn };

function describedBy(id: string, hint: ReactNode) {
  return hint ? `${id}-hint ${id}-error` : `${id}-error`;
}

export function TextField({ id, label, error, hint, registration, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
      <input id={id} aria-invalid={!!error} aria-describedby={describedBy(id, hint)} {...input} {...registration} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function SelectField({ id, label, error, hint, registration, children, ...select }: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
      <select id={id} aria-invalid={!!error} aria-describedby={describedBy(id, hint)} {...select} {...registration}>
        {children}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
