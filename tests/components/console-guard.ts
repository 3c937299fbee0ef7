import { format } from 'node:util';
import { vi } from 'vitest';

let calls: string[] = [];
let expected: RegExp[] = [];

/** Starts capturing console.error for the current test. */
export function watchConsoleErrors(): void {
  calls = [];
  expected = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    calls.push(format(...args));
  });
}

/**
 * Declares that this test is meant to log an error matching `pattern`; the test fails
 * if no such error is logged, and still fails on any other console.error.
 */
export function expectConsoleError(pattern: RegExp): void {
  expected.push(pattern);
}

/** Stops capturing and describes unexpected or missing console errors (empty when fine). */
export function takeConsoleFailures(): string[] {
  vi.mocked(console.error).mockRestore();
  const unexpected = calls.filter((call) => !expected.some((pattern) => pattern.test(call)));
  const missing = expected.filter((pattern) => !calls.some((call) => pattern.test(call)));
  return [
    ...unexpected.map((call) => `console.error was called: ${call}`),
    ...missing.map((pattern) => `expected a console.error matching ${pattern}`),
  ];
}
