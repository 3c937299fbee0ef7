import type { SignInOutput } from 'aws-amplify/auth';

export type SignInNextStep = SignInOutput['nextStep'];
export type SignInStepName = SignInNextStep['signInStep'];

/**
 * What a step page needs to render after a reload: Amplify keeps its own challenge state
 * (session, username) in sessionStorage for 3 minutes, but not the details it returned.
 */
export interface StoredSignInStep {
  readonly step: SignInStepName;
  /** What the user typed to sign in: shown on the step, and needed for CONFIRM_SIGN_UP/RESET_PASSWORD. */
  readonly username: string;
  /** A same-origin path, already checked: where to go once signed in. */
  readonly redirectTo: string;
  /** The nextStep as Amplify returned it, minus functions; includes TOTP secrets, so sessionStorage only. */
  readonly nextStep: Record<string, unknown>;
  readonly savedAt: number;
}

const KEY = 'cognito-spa:sign-in-step';
/** Cognito's challenge sessions last 3 minutes; a step older than that cannot be answered. */
export const STEP_LIFETIME_MS = 3 * 60 * 1000;

/** Drops functions (totpSetupDetails.getSetupUri) so the step survives JSON. */
const plain = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value));

export function saveSignInStep(
  nextStep: SignInNextStep,
  username: string,
  redirectTo: string,
): void {
  const stored: StoredSignInStep = {
    step: nextStep.signInStep,
    username,
    redirectTo,
    nextStep: plain(nextStep),
    savedAt: Date.now(),
  };
  sessionStorage.setItem(KEY, JSON.stringify(stored));
}

/** The step in progress, or undefined when there is none, it is stale, or storage was tampered with. */
export function readSignInStep(now = Date.now()): StoredSignInStep | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const s = parsed as Partial<StoredSignInStep>;
  if (
    typeof s.step !== 'string' ||
    typeof s.username !== 'string' ||
    typeof s.redirectTo !== 'string' ||
    typeof s.savedAt !== 'number' ||
    !s.nextStep ||
    typeof s.nextStep !== 'object'
  ) {
    return undefined;
  }
  if (now - s.savedAt > STEP_LIFETIME_MS) return undefined;
  return s as StoredSignInStep;
}

export function clearSignInStep(): void {
  sessionStorage.removeItem(KEY);
}
