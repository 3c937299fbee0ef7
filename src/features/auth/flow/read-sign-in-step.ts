import type { CodeDelivery } from '../../../lib/auth/code-delivery';
import type { MfaType } from '../../../lib/config/types';
import { checkedRedirect } from '../../../lib/navigation/redirect-target';
import { isRecord } from '../../../lib/validation/is-record';
import {
  type AnsweredStepName,
  isMfaType,
  type SignInStep,
  STEP_ROUTES,
  type TotpSetup,
} from './sign-in-step';
import { storedSignInStep } from './sign-in-step-store';

export const isAnsweredStepName = (name: unknown): name is AnsweredStepName =>
  typeof name === 'string' && Object.hasOwn(STEP_ROUTES, name);

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isMfaTypeList = (value: unknown): value is MfaType[] =>
  isStringList(value) && value.every(isMfaType);

function parseCodeDelivery(value: unknown): CodeDelivery | undefined {
  if (!isRecord(value)) return undefined;
  const { destination, medium } = value;
  if (destination !== undefined && typeof destination !== 'string') return undefined;
  if (medium !== undefined && medium !== 'EMAIL' && medium !== 'SMS') return undefined;
  return { ...(destination && { destination }), ...(medium && { medium }) };
}

function parseTotpSetup(value: unknown): TotpSetup | undefined {
  if (!isRecord(value)) return undefined;
  const { sharedSecret, setupUri } = value;
  if (typeof sharedSecret !== 'string' || typeof setupUri !== 'string') return undefined;
  if (!sharedSecret || !setupUri.startsWith('otpauth://')) return undefined;
  return { sharedSecret, setupUri };
}

/**
 * The step as saved, checked field by field: a value this app did not write (a hand edit,
 * an older build) is no step at all, and its page says the step expired.
 */
function parseSignInStep(value: unknown): SignInStep | undefined {
  if (!isRecord(value)) return undefined;
  const { signInStep, username, redirectTo } = value;
  if (!isAnsweredStepName(signInStep) || typeof username !== 'string') return undefined;
  if (typeof redirectTo !== 'string') return undefined;
  // Checked when saved, but DONE navigates straight to this value: check it again.
  const who = { username, redirectTo: checkedRedirect(redirectTo) };
  switch (signInStep) {
    case 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE':
    case 'CONFIRM_SIGN_IN_WITH_SMS_CODE': {
      const codeDelivery = parseCodeDelivery(value.codeDelivery);
      const firstFactor = value.firstFactor === true && { firstFactor: true as const };
      return codeDelivery && { ...who, signInStep, codeDelivery, ...firstFactor };
    }
    case 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION':
    case 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION': {
      const { allowedMfaTypes } = value;
      return isMfaTypeList(allowedMfaTypes) ? { ...who, signInStep, allowedMfaTypes } : undefined;
    }
    case 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP': {
      const totpSetup = parseTotpSetup(value.totpSetup);
      return { ...who, signInStep, ...(totpSetup && { totpSetup }) };
    }
    case 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED': {
      const { missingAttributes } = value;
      return isStringList(missingAttributes)
        ? { ...who, signInStep, missingAttributes }
        : undefined;
    }
    case 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION': {
      const { availableChallenges } = value;
      return isStringList(availableChallenges)
        ? { ...who, signInStep, availableChallenges }
        : undefined;
    }
    default:
      return { ...who, signInStep };
  }
}

/** The step in progress, or undefined when there is none, it is stale, or storage was tampered with. */
export const readSignInStep = (now?: number): SignInStep | undefined =>
  storedSignInStep.read(parseSignInStep, now);

/** Where the last step was headed, even once stale: starting over keeps the user's destination. */
export const readSignInStepRedirect = (): string | undefined =>
  storedSignInStep.readEvenIfExpired(parseSignInStep)?.redirectTo;
