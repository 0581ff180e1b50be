/** A failure the person running a script can act on: printed as one sentence, without a stack trace. */
export class UserFacingError extends Error {}
