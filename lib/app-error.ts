// Expected failures shown to the user; anything else is logged and shown as one generic sentence.
const MESSAGES = {
  "not-found": "This record does not exist or you do not have access to it.",
  forbidden: "You do not have permission to do this.",
  conflict: "Someone else changed this record meanwhile.",
  invalid: "Some fields need attention.",
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
