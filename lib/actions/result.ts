import { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/app-error";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/data/users";

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

// A form stays on screen with its input, so an ended session is reported rather than redirected.
const SESSION_ENDED = { ok: false, code: "forbidden", message: "Your session has ended: sign in again (your input is kept)." } as const;

/** An id as sent by the browser: anything but a string is an incident nobody has. */
export function idOf(id: unknown): string {
  if (typeof id !== "string") throw new AppError("not-found");
  return id;
}

/** Runs an action body as the signed-in user, then refreshes the given pages when it saved. */
export async function runAsUser<T>(body: (user: SessionUser) => Promise<T>, refresh: () => void): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) return SESSION_ENDED;
  const result = await runAction(() => body(user));
  if (result.ok) refresh();
  return result;
}
