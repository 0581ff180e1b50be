import { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/app-error";

export type FieldErrors = Record<string, string[]>;

/** What every server action returns: ok with data, or a message (and field errors) for the form to show. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode | "unexpected"; message: string; fieldErrors?: FieldErrors };

const UNEXPECTED = "Something went wrong and nothing was saved. Your input is kept: try again in a moment.";

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return errors;
}

/** Runs an action body, turning expected failures into results and logging unexpected ones. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof z.ZodError) return { ok: false, code: "invalid", message: "Some fields need attention.", fieldErrors: fieldErrorsOf(error) };
    if (error instanceof AppError) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    console.error("Unexpected error in a server action", error);
    return { ok: false, code: "unexpected", message: UNEXPECTED };
  }
}
