import { sessionValue } from '../../../lib/storage/session-value';
import type { SignInStep } from './sign-in-step';

/** Cognito's challenge sessions last 3 minutes; a step older than that cannot be answered. */
export const STEP_LIFETIME_MS = 3 * 60 * 1000;

/**
 * The step in progress, so its route survives a reload: Amplify keeps its own challenge state
 * (session, username) in sessionStorage for 3 minutes, but not the details it returned. Holds
 * TOTP secrets, so sessionStorage only. Read it with read-sign-in-step.ts, which checks it.
 */
export const storedSignInStep = sessionValue<SignInStep>('sign-in-step', STEP_LIFETIME_MS);

export const saveSignInStep: (step: SignInStep, now?: number) => void = storedSignInStep.save;

export const clearSignInStep: () => void = storedSignInStep.clear;
