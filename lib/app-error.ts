import { messageKey } from "@/lib/i18n/message-key";
import type { PersonalDataWarning } from "@/lib/privacy/personal-data";

// Expected failures shown to the user (in the reader's language: lib/actions/result.ts); anything else is
// logged and shown as one generic sentence.
const MESSAGES = {
  "not-found": messageKey("errors.notFound"),
  forbidden: messageKey("errors.forbidden"),
  conflict: messageKey("errors.conflict"),
  invalid: messageKey("errors.invalid"),
  "personal-data": messageKey("errors.personalData"),
} as const;

export type AppErrorCode = keyof typeof MESSAGES;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message ?? MESSAGES[code]);
  }
}

/** Free text of these fields looks like personal data and the user has not chosen to save it anyway. */
export type PersonalDataWarnings = Record<string, PersonalDataWarning[]>;

export class PersonalDataFound extends AppError {
  constructor(readonly warnings: PersonalDataWarnings) {
    super("personal-data");
  }
}
