// Codes passed from the credentials provider to the sign-in form (next-auth forwards the Error message).
export const SIGN_IN_ERRORS = {
  invalid: "Email or password is wrong.",
  locked: "Too many failed sign-ins: this account is locked for 15 minutes. Try again later or ask an administrator.",
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS;

export function signInErrorMessage(code: string | null | undefined): string {
  return code && code in SIGN_IN_ERRORS ? SIGN_IN_ERRORS[code as SignInErrorCode] : "Sign-in failed. Try again in a moment.";
}
