import { z } from "zod";
import { AppError, type AppErrorCode, PersonalDataFound, type PersonalDataWarnings } from "@/lib/app-error";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/data/users";
import { messageKey } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate";

export type FieldErrors = Record<string, string[]>;

/**
 * What every server action returns: ok with data, or a message (and field errors, or the personal-data
 * warnings the user may save anyway) for the form to show.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode | "unexpected"; message: string; fieldErrors?: FieldErrors; warnings?: PersonalDataWarnings };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return errors;
}

async function translated(errors: FieldErrors | undefined): Promise<FieldErrors | undefined> {
  if (!errors) return undefined;
  const entries = await Promise.all(Object.entries(errors).map(async ([field, messages]) => [field, await Promise.all(messages.map(translateMessage))] as const));
  return Object.fromEntries(entries);
}

async function failure(code: AppErrorCode | "unexpected", message: string, fieldErrors?: FieldErrors, warnings?: PersonalDataWarnings): Promise<ActionResult<never>> {
  return { ok: false, code, message: await translateMessage(message), ...(fieldErrors && { fieldErrors: await translated(fieldErrors) }), ...(warnings && { warnings }) };
}

/** Runs an action body, turning expected failures into results (in the reader's language) and logging unexpected ones. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof z.ZodError) return failure("invalid", messageKey("errors.invalid"), fieldErrorsOf(error));
    if (error instanceof PersonalDataFound) return failure(error.code, error.message, undefined, error.warnings);
    if (error instanceof AppError) return failure(error.code, error.message, error.fieldErrors);
    console.error("Unexpected error in a server action", error);
    return failure("unexpected", messageKey("errors.unexpected"));
  }
}

/** An id as sent by the browser: anything but a string is an incident nobody has. */
export function idOf(id: unknown): string {
  if (typeof id !== "string") throw new AppError("not-found");
  return id;
}

/** Runs an action body as the signed-in user, then refreshes the given pages when it saved. */
export async function runAsUser<T>(body: (user: SessionUser) => Promise<T>, refresh: () => void): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  // A form stays on screen with its input, so an ended session is reported rather than redirected.
  if (!user) return failure("forbidden", messageKey("errors.sessionEnded"));
  const result = await runAction(() => body(user));
  if (result.ok) refresh();
  return result;
}
