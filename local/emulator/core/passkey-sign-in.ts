import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
} from '@simplewebauthn/server';
import { assertCanSignIn } from './auth-flow.ts';
import type { UserCtx } from './context.ts';
import { INCORRECT_CREDENTIALS, invalidParameter, notAuthorized } from './errors.ts';
import {
  fromBase64Url,
  originAllowed,
  readClientData,
  relyingPartyId,
  userHandle,
} from './webauthn-relying-party.ts';

/** How long the browser may take over the passkey prompt (the challenge session lasts 3 minutes). */
const SIGN_IN_TIMEOUT_MS = 180_000;

/** The WEB_AUTHN challenge: request options for `navigator.credentials.get`, and what to check later. */
export async function passkeyChallenge(
  at: UserCtx,
): Promise<{ params: Record<string, string>; data: Record<string, unknown> }> {
  const { pool, user } = at;
  const rpId = relyingPartyId(pool);
  const options = await generateAuthenticationOptions({
    rpID: rpId,
    allowCredentials: user.webauthn
      .filter((c) => c.rpId === rpId)
      .map((c) => ({ id: c.id, transports: c.transports })),
    userVerification: pool.config.WebAuthn.UserVerification,
    timeout: SIGN_IN_TIMEOUT_MS,
  });
  return {
    params: { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) },
    data: { challenge: options.challenge },
  };
}

function parseAssertion(credentialJson: string): AuthenticationResponseJSON {
  let parsed: unknown;
  try {
    parsed = JSON.parse(credentialJson);
  } catch {
    throw invalidParameter('CREDENTIAL must be the JSON of an AuthenticationResponseJSON.');
  }
  const c = parsed as Partial<AuthenticationResponseJSON> | null;
  const ok =
    !!c &&
    typeof c === 'object' &&
    typeof c.id === 'string' &&
    !!c.response &&
    typeof c.response === 'object' &&
    typeof c.response.clientDataJSON === 'string' &&
    typeof c.response.authenticatorData === 'string' &&
    typeof c.response.signature === 'string';
  if (!ok) throw invalidParameter('CREDENTIAL must be the JSON of an AuthenticationResponseJSON.');
  return {
    rawId: c.id,
    type: 'public-key',
    clientExtensionResults: {},
    ...c,
  } as AuthenticationResponseJSON;
}

/**
 * Checks the assertion against the user's stored passkey and moves its signature counter on.
 * Any mismatch (unknown credential, origin, challenge, signature, counter) is a failed sign-in.
 */
export async function verifyPasskey(
  at: UserCtx,
  data: Record<string, unknown>,
  credentialJson: string,
): Promise<void> {
  const { pool, user } = at;
  const fail = () => notAuthorized(INCORRECT_CREDENTIALS);
  const response = parseAssertion(credentialJson);
  const expectedChallenge = data.challenge;
  if (typeof expectedChallenge !== 'string') throw fail();
  const rpId = relyingPartyId(pool);
  const stored = user.webauthn.find((c) => c.id === response.id && c.rpId === rpId);
  if (!stored) throw fail();
  const clientData = readClientData(response.response.clientDataJSON);
  if (!clientData || !originAllowed(clientData.origin, rpId)) throw fail();
  const handle = response.response.userHandle;
  if (handle && Buffer.from(handle, 'base64url').toString('base64url') !== userHandle(user))
    throw fail();
  let newCounter: number;
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: clientData.origin as string,
      expectedRPID: rpId,
      credential: {
        id: stored.id,
        publicKey: fromBase64Url(stored.publicKey),
        counter: stored.counter,
        transports: stored.transports,
      },
      requireUserVerification: pool.config.WebAuthn.UserVerification === 'required',
    });
    if (!result.verified) throw fail();
    newCounter = result.authenticationInfo.newCounter;
  } catch {
    throw fail();
  }
  stored.counter = newCounter;
  assertCanSignIn(at);
}
