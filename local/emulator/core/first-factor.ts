import { type AuthResponse, challenge, OTP_TTL_SECONDS } from './auth-flow.ts';
import { sendCode } from './codes.ts';
import type { Ctx } from './context.ts';
import { passkeyChallenge } from './passkey-sign-in.ts';
import type { ClientConfig, PoolState, UserState } from './types.ts';

/** The first factors USER_AUTH can offer this user, in Cognito's names. */
export function availableChallenges(pool: PoolState, user: UserState): string[] {
  const allowed = pool.config.Policies.SignInPolicy.AllowedFirstAuthFactors;
  const out: string[] = [];
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
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  user: UserState,
  name: 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN',
): Promise<AuthResponse> {
  if (name === 'WEB_AUTHN') {
    const { params, data } = await passkeyChallenge(ctx, pool, user);
    return challenge(ctx, pool, client, user, 'WEB_AUTHN', params, {
      ...data,
      flow: { passwordless: true },
    });
  }
  const purpose = `SIGN_IN_${name}`;
  const sent = sendCode(
    ctx,
    pool,
    user,
    purpose,
    name === 'EMAIL_OTP' ? 'email' : 'phone_number',
    OTP_TTL_SECONDS,
  );
  return challenge(
    ctx,
    pool,
    client,
    user,
    name,
    {
      CODE_DELIVERY_DELIVERY_MEDIUM: sent.DeliveryMedium,
      CODE_DELIVERY_DESTINATION: sent.Destination,
    },
    { flow: { passwordless: true }, codePurpose: purpose },
  );
}
