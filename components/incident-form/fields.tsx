"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { useFormContext, type RegisterOptions } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { useFieldState, type FieldName, type Option } from "./field-state";

export type FieldProps = {
  name: FieldName;
  label: string;
  hint?: ReactNode;
  isRequired?: boolean;
  /** Another error (a row list's) that also concerns this field. */
  listError?: { id: string; message?: string };
  rules?: RegisterOptions<IncidentFormValues, FieldName>;
  /** More text that concerns the field (its personal-data warnings). */
  describedBy?: string;
};

type TextFieldProps = FieldProps & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "inputMode" | "autoComplete" | "placeholder" | "list">;

// The mark stays outside the label so that the label reads exactly as the schema's vocabulary.
export function Label({ htmlFor, label, isRequired }: { htmlFor: string; label: string; isRequired?: boolean }) {
  if (!isRequired) return <label htmlFor={htmlFor}>{label}</label>;
  return (
    <span className="field-label">
      <label htmlFor={htmlFor}>{label}</label>
      <span className="required-mark" aria-hidden="true">*</span>
    </span>
  );
}

export function useField({ name, hint, listError, describedBy }: FieldProps) {
  const state = useFieldState(name, { hasHint: Boolean(hint), describedBy: [listError?.message && listError.id, describedBy].filter(Boolean).join(" ") });
  const isInvalid = state.a11y["aria-invalid"] || Boolean(listError?.message);
  const hintElement = hint ? <div id={state.hintId} className="field-hint">{hint}</div> : null;
  return { ...state, a11y: { ...state.a11y, "aria-invalid": isInvalid }, hintElement };
}

export function TextField({ type = "text", inputMode, autoComplete = "off", placeholder, list, ...props }: TextFieldProps) {
  const { register } = useFormContext<IncidentFormValues>();
  const { id, errorId, message, a11y, hintElement } = useField(props);
  return (
    <div className="field">
      <Label htmlFor={id} label={props.label} isRequired={props.isRequired} />
      <input id={id} type={type} inputMode={inputMode} autoComplete={autoComplete} placeholder={placeholder} list={list}
        aria-required={props.isRequired || undefined} {...a11y} {...register(props.name, props.rules)} />
      {hintElement}
      <FieldError id={errorId} message={message} />
    </div>
  );
}

/** A count of people: typed as text so that "1.5" or "12e" reach the schema and get its message. */
export function CountField(props: FieldProps) {
  return <TextField {...props} inputMode="numeric" />;
}

export function TextAreaField(props: FieldProps & { rows?: number }) {
  const { register } = useFormContext<IncidentFormValues>();
  const { id, errorId, message, a11y, hintElement } = useField(props);
  return (
    <div className="field">
      <Label htmlFor={id} label={props.label} />
      <textarea id={id} rows={props.rows ?? 4} {...a11y} {...register(props.name, props.rules)} />
      {hintElement}
      <FieldError id={errorId} message={message} />
    </div>
  );
}

export function SelectField({ options, blank, ...props }: FieldProps & { options: readonly Option[]; blank: string }) {
  const { register } = useFormContext<IncidentFormValues>();
  const { id, errorId, message, a11y, hintElement } = useField(props);
  return (
    <div className="field">
      <Label htmlFor={id} label={props.label} isRequired={props.isRequired} />
      <select id={id} {...a11y} {...register(props.name, props.rules)}>
        <option value="">{blank}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
      {hintElement}
      <FieldError id={errorId} message={message} />
    </div>
  );
}

export function CheckboxGroup({ name, label, options }: { name: FieldName; label: string; options: readonly Option[] }) {
  const { register } = useFormContext<IncidentFormValues>();
  const { id, errorId, message, a11y } = useFieldState(name);
  return (
    <fieldset className="checkbox-group" aria-describedby={errorId}>
      <legend>{label}</legend>
      <div className="checkbox-options">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="checkbox" id={`${id}-${option.value}`} value={option.value} aria-invalid={a11y["aria-invalid"]} {...register(name)} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={message} />
    </fieldset>
  );
}
