/**
 * Cancels a body this code will not read, without waiting for it: nothing depends on the outcome,
 * and under MSW (component tests) cancelling a mocked body never settles
 * (mswjs/interceptors#712, #799).
 */
export function discardBody(body: { cancel(): Promise<void> } | null | undefined): void {
  body?.cancel().catch(() => undefined);
}
