// Codes passed from the credentials provider to the sign-in form (next-auth forwards the Error message).
// The form words them with the signIn.error message, which has a case for each.
const SIGN_IN_ERROR_CODES = ["invalid", "locked"] as const;

export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

/** The case of signIn.error to show for what next-auth reported: anything unknown is "other". */
export function signInErrorCase(code: string | null | undefined): SignInErrorCode | "other" {
  return (SIGN_IN_ERROR_CODES as readonly (string | null | undefined)[]).includes(code) ? (code as SignInErrorCode) : "other";
}
