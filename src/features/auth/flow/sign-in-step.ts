import { paths } from '../../../config/paths';
import { type CodeDelivery, toCodeDelivery } from '../../../lib/auth/code-delivery';
import type { SignInNextStep } from '../../../lib/auth/sign-in';
import type { MfaType } from '../../../lib/config/types';

/** An authenticator app's link to the account: the key to type, and the otpauth:// URI to scan. */
export interface TotpSetup {
  readonly sharedSecret: string;
  readonly setupUri: string;
}

type NoFields = Record<never, never>;

/** An emailed or texted code: where it went, and whether it is the sign-in itself. */
interface SentCode {
  readonly codeDelivery: CodeDelivery;
  /** A passwordless sign-in's code (the first factor), not a second step after the password. */
  readonly firstFactor?: true;
}

/** What each step's page needs, beyond who is signing in and where they are going. */
interface StepFields {
  CONFIRM_SIGN_IN_WITH_TOTP_CODE: NoFields;
  CONFIRM_SIGN_IN_WITH_EMAIL_CODE: SentCode;
  CONFIRM_SIGN_IN_WITH_SMS_CODE: SentCode;
  CONTINUE_SIGN_IN_WITH_MFA_SELECTION: { readonly allowedMfaTypes: readonly MfaType[] };
  CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: { readonly allowedMfaTypes: readonly MfaType[] };
  /** No setup only when storage lost it: the page says so rather than show nothing. */
  CONTINUE_SIGN_IN_WITH_TOTP_SETUP: { readonly totpSetup?: TotpSetup };
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: NoFields;
  CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED: { readonly missingAttributes: readonly string[] };
  CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION: { readonly availableChallenges: readonly string[] };
  CONFIRM_SIGN_IN_WITH_PASSWORD: NoFields;
}

/** The steps of Amplify's nextStep that this app has a page for. */
export type AnsweredStepName = keyof StepFields;

/** A sign-in stopped at a step: one variant per step, narrowed on `signInStep`. */
export type SignInStep<N extends AnsweredStepName = AnsweredStepName> = N extends AnsweredStepName
  ? {
      readonly signInStep: N;
      /** What the user typed to sign in: shown on the step, and sent again on a restart. */
      readonly username: string;
      /** A same-origin path, already checked: where to go once signed in. */
      readonly redirectTo: string;
    } & StepFields[N]
  : never;

/** A step route, by its key in paths.auth.steps. */
export type StepRoute = keyof typeof paths.auth.steps;

/** The route that answers each step, for following a step and for the step routes' loaders. */
export const STEP_ROUTES = {
  CONFIRM_SIGN_IN_WITH_TOTP_CODE: 'code',
  CONFIRM_SIGN_IN_WITH_EMAIL_CODE: 'code',
  CONFIRM_SIGN_IN_WITH_SMS_CODE: 'code',
  CONTINUE_SIGN_IN_WITH_MFA_SELECTION: 'selectMfa',
  CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: 'selectMfaSetup',
  CONTINUE_SIGN_IN_WITH_TOTP_SETUP: 'setupTotp',
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: 'setupEmail',
  CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED: 'newPassword',
  CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION: 'chooseFactor',
  CONFIRM_SIGN_IN_WITH_PASSWORD: 'password',
} as const satisfies Record<AnsweredStepName, StepRoute>;

/** The steps that `route` answers. */
type StepsAt<R extends StepRoute> = {
  [N in AnsweredStepName]: (typeof STEP_ROUTES)[N] extends R ? N : never;
}[AnsweredStepName];

/** The steps one route answers, e.g. the three kinds of code at /sign-in/code. */
export type SignInStepAt<R extends StepRoute> = SignInStep<StepsAt<R>>;

/** The page of a step. */
export const stepHref = (step: SignInStep): string =>
  paths.auth.steps[STEP_ROUTES[step.signInStep]].getHref();

const MFA_TYPES: readonly string[] = ['TOTP', 'EMAIL', 'SMS'] satisfies MfaType[];
export const isMfaType = (value: string): value is MfaType => MFA_TYPES.includes(value);

/**
 * Amplify's nextStep as the step this app answers, or undefined when it has no page for it
 * (DONE, CONFIRM_SIGN_UP and RESET_PASSWORD are not steps but other destinations). The
 * authenticator app lists the account under `totpIssuer`, the same name the account page uses.
 * `firstFactor`: the call chose a passwordless factor, so a code it sends is not MFA.
 */
export function signInStepFrom(
  nextStep: SignInNextStep,
  username: string,
  redirectTo: string,
  totpIssuer: string,
  { firstFactor = false }: { readonly firstFactor?: boolean } = {},
): SignInStep | undefined {
  const who = { username, redirectTo };
  switch (nextStep.signInStep) {
    case 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE':
    case 'CONFIRM_SIGN_IN_WITH_SMS_CODE':
      return {
        ...who,
        signInStep: nextStep.signInStep,
        codeDelivery: toCodeDelivery(nextStep.codeDeliveryDetails),
        ...(firstFactor && { firstFactor: true as const }),
      };
    case 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION':
    case 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION':
      return {
        ...who,
        signInStep: nextStep.signInStep,
        allowedMfaTypes: (nextStep.allowedMFATypes ?? []).filter(isMfaType),
      };
    case 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP': {
      // getSetupUri is a function and cannot be stored: the URI it builds is.
      const { sharedSecret, getSetupUri } = nextStep.totpSetupDetails;
      const setupUri = getSetupUri(totpIssuer, username).toString();
      return { ...who, signInStep: nextStep.signInStep, totpSetup: { sharedSecret, setupUri } };
    }
    case 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED':
      return {
        ...who,
        signInStep: nextStep.signInStep,
        missingAttributes: nextStep.missingAttributes ?? [],
      };
    case 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION':
      return {
        ...who,
        signInStep: nextStep.signInStep,
        availableChallenges: nextStep.availableChallenges ?? [],
      };
    case 'CONFIRM_SIGN_IN_WITH_TOTP_CODE':
    case 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP':
    case 'CONFIRM_SIGN_IN_WITH_PASSWORD':
      return { ...who, signInStep: nextStep.signInStep };
    default:
      return undefined;
  }
}

/**
 * Whether answering `step` completes a second step (MFA), so remembering the device could skip
 * it next time: a code after the password, or setting up an authenticator app. A passwordless
 * code is the sign-in itself; a remembered device never skips it.
 */
export function answersMfa(step: SignInStep): boolean {
  switch (step.signInStep) {
    case 'CONFIRM_SIGN_IN_WITH_TOTP_CODE':
    case 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP':
      return true;
    case 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE':
    case 'CONFIRM_SIGN_IN_WITH_SMS_CODE':
      return !step.firstFactor;
    default:
      return false;
  }
}
