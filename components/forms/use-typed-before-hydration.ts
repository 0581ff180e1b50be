"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";

/** What the user changed in a form before its scripts ran: field name → value (checked values for checkboxes). */
export type TypedInput = Map<string, string | string[]>;
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

// The server's HTML is what the default* properties hold: anything else is the user's.
function isChanged(control: Control) {
  if (control instanceof HTMLSelectElement) {
    const shown = Array.from(control.options).find((option) => option.defaultSelected) ?? control.options[0];
    return control.value !== (shown?.value ?? "");
  }
  if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")) return control.checked !== control.defaultChecked;
  if (control instanceof HTMLInputElement && control.type === "file") return (control.files?.length ?? 0) > 0;
  return control.value !== control.defaultValue;
}

function valueOf(controls: Control[]) {
  const boxes = controls.filter((c): c is HTMLInputElement => c instanceof HTMLInputElement && (c.type === "checkbox" || c.type === "radio"));
  if (boxes.length === 0) return controls[0].value;
  const checked = boxes.filter((box) => box.checked).map((box) => box.value);
  return boxes[0].type === "radio" ? (checked[0] ?? "") : checked;
}

function typedInput(form: HTMLFormElement | null): TypedInput {
  const typed: TypedInput = new Map();
  const controls = Array.from(form?.elements ?? []).filter((e): e is Control => "name" in e && Boolean(e.name) && "value" in e);
  for (const control of controls) {
    if (!typed.has(control.name) && isChanged(control)) typed.set(control.name, valueOf(controls.filter((c) => c.name === control.name)));
  }
  return typed;
}

/**
 * Keeps what was typed into the server's HTML before the scripts arrived (a slow link): read while React
 * takes the form over, before anything resets it, and handed to `apply` once the form is ready. Returns
 * the id to give the <form>.
 */
export function useTypedBeforeHydration(apply: (typed: TypedInput) => void, isReady = true) {
  const id = useId();
  // Runs in the first render in the browser: during hydration the server's HTML is still as the user left it.
  const [typed] = useState(() => (typeof document === "undefined" ? new Map() : typedInput(document.getElementById(id) as HTMLFormElement | null)));
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  });
  const isApplied = useRef(false);
  useEffect(() => {
    if (!isReady || isApplied.current) return;
    isApplied.current = true;
    if (typed.size > 0) applyRef.current(typed);
  }, [isReady, typed]);
  return id;
}

/** useTypedBeforeHydration for a react-hook-form form: the typed values become the user's edits. */
export function useFormTypedBeforeHydration<T extends FieldValues>(form: Pick<UseFormReturn<T>, "getValues" | "resetField" | "setValue">, isReady = true) {
  return useTypedBeforeHydration((typed) => {
    for (const [name, value] of typed) {
      const field = name as Path<T>;
      const current: unknown = form.getValues(field);
      if (current === undefined) continue;
      const next = Array.isArray(current) ? [value].flat() : typeof current === "boolean" ? value.length > 0 : [value].flat()[0] ?? "";
      // react-hook-form may have taken the typed value already, but then told no one who watches the
      // field (previews, the saved draft): from the default to the typed value, as if typed now.
      form.resetField(field);
      form.setValue(field, next as PathValue<T, Path<T>>, { shouldDirty: true });
    }
  }, isReady);
}
