import { type AuthResponse, challenge, codeChallenge } from './challenge.ts';
import type { SignInCtx } from './context.ts';
import { passkeyChallenge } from './passkey-sign-in.ts';
import type { FirstFactor, PasswordlessFactor, PoolState, UserState } from './types.ts';

/** The first factors USER_AUTH can offer this user, in Cognito's names. */
export function availableChallenges(pool: PoolState, user: UserState): FirstFactor[] {
  const allowed = pool.config.Policies.SignInPolicy.AllowedFirstAuthFactors;
  const out: FirstFactor[] = [];
  if (allowed.includes('WEB_AUTHN') && user.webauthn.length > 0) out.push('WEB_AUTHN');
  if (
    allowed.includes('EMAIL_OTP') &&
    user.attributes.email &&
    user.attributes.email_verified === 'true'
  ) {
    out.push('EMAIL_OTP');
  }
  if (
    allowed.includes('SMS_OTP') &&
    user.attributes.phone_number &&
    user.attributes.phone_number_verified === 'true'
  ) {
    out.push('SMS_OTP');
  }
  if (allowed.includes('PASSWORD') && user.password) out.push('PASSWORD', 'PASSWORD_SRP');
  return out;
}

/** Starts a passwordless first factor: a one-time code by email or SMS, or a passkey. */
export async function passwordlessChallenge(
  signIn: SignInCtx,
  name: PasswordlessFactor,
): Promise<AuthResponse> {
  const flow = { passwordless: true };
  if (name === 'WEB_AUTHN') {
    const { params, data } = await passkeyChallenge(signIn);
    return challenge(signIn, { name, params, flow, data });
  }
  const purpose = `SIGN_IN_${name}`;
  return codeChallenge(signIn, { name, purpose, flow, data: { codePurpose: purpose } });
}
