/**
 * Runs a script's `main` and sets the exit code from it, or 1 if it throws. No process.exit:
 * it would cut a long output short on a pipe; the process ends once everything is closed.
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
