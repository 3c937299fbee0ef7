import { sendCode } from './codes.ts';
import type { SignInCtx } from './context.ts';
import { openSession } from './sessions.ts';
import type { ChallengeName, FirstFactor } from './types.ts';

export interface AuthResponse {
  ChallengeName?: ChallengeName;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AvailableChallenges?: FirstFactor[];
  AuthenticationResult?: Record<string, unknown>;
}

/** Where the sign-in is, carried from one challenge session to the next. */
export interface FlowState {
  deviceKey?: string;
  /** The device proved itself (DEVICE_PASSWORD_VERIFIER): the sign-in can end. */
  trustedDevice?: boolean;
  /** The first factor was passwordless (OTP or passkey): no MFA on top. */
  passwordless?: boolean;
}

export interface NextChallenge {
  name: ChallengeName;
  /** ChallengeParameters besides USERNAME, which every challenge carries. */
  params?: Record<string, string>;
  /** Kept in the session so the answer's step carries on from here. */
  flow?: FlowState;
  /** What the answer is checked against (SRP values, a passkey challenge, the choices offered). */
  data?: Record<string, unknown>;
}

export const OTP_TTL_SECONDS = 180;

/** Opens the session the challenge is answered in, and says what it asks. */
export function challenge(signIn: SignInCtx, next: NextChallenge): AuthResponse {
  const { name, params = {}, flow, data = {} } = next;
  const { username } = signIn.user;
  const session = openSession(signIn, {
    username,
    expects: name,
    data: flow ? { ...data, flow } : data,
  });
  return {
    ChallengeName: name,
    ChallengeParameters: { USERNAME: username, ...params },
    Session: session.id,
  };
}

/** Sends a one-time code by email or SMS and asks for it back: as MFA or as a first factor. */
export function codeChallenge(
  signIn: SignInCtx,
  next: NextChallenge & { name: 'EMAIL_OTP' | 'SMS_OTP' | 'SMS_MFA'; purpose: string },
): AuthResponse {
  const { purpose, ...rest } = next;
  const attribute = next.name === 'EMAIL_OTP' ? 'email' : 'phone_number';
  const sent = sendCode(signIn, { purpose, attribute, ttlSeconds: OTP_TTL_SECONDS });
  return challenge(signIn, {
    ...rest,
    params: {
      CODE_DELIVERY_DELIVERY_MEDIUM: sent.DeliveryMedium,
      CODE_DELIVERY_DESTINATION: sent.Destination,
    },
  });
}
