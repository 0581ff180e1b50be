import { UserFacingError } from "./user-facing-error";

/**
 * Runs a command and exits with its code (explicitly: a stray timer or pool must not keep it alive).
 * A UserFacingError prints as its one sentence; anything else as the error itself.
 */
export function runScript(main: () => Promise<number | void>) {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(`\n✗ ${error instanceof UserFacingError ? error.message : error}`);
      process.exit(1);
    },
  );
}
