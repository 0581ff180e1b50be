import type { ReactNode } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { ActionResult } from "@/lib/actions/result";

/** Puts a failed action's field errors onto the form's fields; returns the sentence to show above the form. */
export function applyServerErrors<T extends FieldValues>(result: Extract<ActionResult<unknown>, { ok: false }>, setError: UseFormSetError<T>) {
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError(field as Path<T>, { type: "server", message: messages[0] });
  return result.message;
}

/** Always rendered, so that screen readers announce what appears in it. */
export function FormMessages({ error, success }: { error?: string; success?: ReactNode }) {
  const text = useMessageText();
  return (
    <>
      <div role="alert" aria-live="assertive">
        {error && <p className="alert">{text(error)}</p>}
      </div>
      <div role="status" aria-live="polite">
        {success && <p className="notice">{success}</p>}
      </div>
    </>
  );
}
