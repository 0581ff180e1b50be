import type { FieldValues, UseFormReturn } from "react-hook-form";

// The form values hold the case version the form was rendered with (as typed: number or text).
type Versioned = FieldValues & { version?: unknown };

/**
 * Empties an add form after its save, keeping the case version the form holds now. The save's response
 * may bring the refreshed page, whose newer version the form took, before the save's own code resumes:
 * the version that save started from is by then stale, and the next save would be refused as a conflict.
 */
export function clearAfterSave<T extends Versioned, Output>(form: Pick<UseFormReturn<T, unknown, Output>, "reset" | "getValues">, blank: NoInfer<T>) {
  form.reset({ ...blank, version: form.getValues().version });
}
