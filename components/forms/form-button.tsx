"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { useIsHydrated } from "./use-is-hydrated";

type FormButtonProps = ComponentProps<"button"> & {
  /** False while the form is still getting ready (e.g. restoring saved input); the button waits too. */
  isReady?: boolean;
};

/**
 * Every button of a form that needs the page's scripts. On a slow link the server's HTML shows long
 * before they arrive: until then the button is disabled and says it is loading, so a click is never lost
 * silently, and a submit button being disabled also stops Enter in a field from sending the form by
 * itself (the browser's own submission would reload the page and lose what was typed).
 */
export function FormButton({ isReady = true, disabled, type = "button", children, ...props }: FormButtonProps) {
  const t = useTranslations("common");
  const isWaiting = !useIsHydrated() || !isReady;
  return (
    <button type={type} disabled={isWaiting || disabled} {...props}>
      {children}
      {isWaiting && ` ${t("loading")}`}
    </button>
  );
}
