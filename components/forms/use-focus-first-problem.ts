"use client";

import { useEffect, useState, type RefObject } from "react";

/**
 * Returns a function that moves the focus to the form's first invalid field (else its alert). The move
 * runs after the errors have rendered, so aria-invalid marks the fields to choose from.
 */
export function useFocusFirstProblem(formRef: RefObject<HTMLFormElement | null>) {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>(".alert");
    target?.focus();
  }, [formRef, request]);
  return () => setRequest((n) => n + 1);
}
