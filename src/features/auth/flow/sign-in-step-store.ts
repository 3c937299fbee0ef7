import { paths } from '../../../config/paths';
import { getSafeRedirect } from '../../../lib/navigation/safe-redirect';
import { DEFAULT_TOTP_ISSUER } from '../../../lib/totp/totp-issuer';
import type { SignInNextStep, SignInStepName } from '../api/sign-in';

export type { SignInNextStep, SignInStepName };

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

/** The step as JSON; a TOTP setup keeps its otpauth:// URI, since getSetupUri cannot be stored. */
function storable(nextStep: SignInNextStep, username: string, totpIssuer: string) {
  const json = plain(nextStep);
  if (nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') return json;
  const { sharedSecret, getSetupUri } = nextStep.totpSetupDetails;
  const setupUri = getSetupUri(totpIssuer, username).toString();
  return { ...json, totpSetupDetails: { sharedSecret, setupUri } };
}

export function saveSignInStep(
  nextStep: SignInNextStep,
  username: string,
  redirectTo: string,
  options: { totpIssuer?: string } = {},
): void {
  const stored: StoredSignInStep = {
    step: nextStep.signInStep,
    username,
    redirectTo,
    nextStep: storable(nextStep, username, options.totpIssuer ?? DEFAULT_TOTP_ISSUER),
    savedAt: Date.now(),
  };
  sessionStorage.setItem(KEY, JSON.stringify(stored));
}

/** The stored step whatever its age, or undefined when there is none or it was tampered with. */
function readStored(): StoredSignInStep | undefined {
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
  // Checked when saved, but storage is input too: DONE navigates straight to this value.
  return {
    ...s,
    redirectTo: getSafeRedirect(s.redirectTo, paths.home.getHref()),
  } as StoredSignInStep;
}

/** The step in progress, or undefined when there is none, it is stale, or storage was tampered with. */
export function readSignInStep(now = Date.now()): StoredSignInStep | undefined {
  const stored = readStored();
  if (!stored || now - stored.savedAt > STEP_LIFETIME_MS) return undefined;
  return stored;
}

/** Where the last step was headed, even once stale: starting over keeps the user's destination. */
export function readSignInStepRedirect(): string | undefined {
  return readStored()?.redirectTo;
}

export function clearSignInStep(): void {
  sessionStorage.removeItem(KEY);
}
