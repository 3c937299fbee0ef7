import type { StoredSignInStep } from '../flow/sign-in-step-store';

// The stored step came through sessionStorage: every field is checked before use.

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

export interface CodeDestination {
  readonly medium?: string;
  /** Masked by Cognito, e.g. "d***@e***" or "+*******1234". */
  readonly destination?: string;
}

export function codeDestination(step: StoredSignInStep): CodeDestination {
  const details = record(step.nextStep.codeDeliveryDetails);
  const { deliveryMedium, destination } = details;
  return {
    ...(typeof deliveryMedium === 'string' && { medium: deliveryMedium }),
    ...(typeof destination === 'string' && destination && { destination }),
  };
}

export const allowedMfaTypes = (step: StoredSignInStep): string[] =>
  strings(step.nextStep.allowedMFATypes);

export const missingAttributes = (step: StoredSignInStep): string[] =>
  strings(step.nextStep.missingAttributes);

export const availableChallenges = (step: StoredSignInStep): string[] =>
  strings(step.nextStep.availableChallenges);

export interface TotpSetup {
  readonly sharedSecret: string;
  /** otpauth://totp/… as Amplify's getSetupUri built it when the step was saved. */
  readonly setupUri: string;
}

export function totpSetup(step: StoredSignInStep): TotpSetup | undefined {
  const { sharedSecret, setupUri } = record(step.nextStep.totpSetupDetails);
  if (typeof sharedSecret !== 'string' || typeof setupUri !== 'string') return undefined;
  if (!sharedSecret || !setupUri.startsWith('otpauth://')) return undefined;
  return { sharedSecret, setupUri };
}
