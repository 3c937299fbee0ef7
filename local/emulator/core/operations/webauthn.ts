import {
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { Operation, Req } from '../context.ts';
import { CognitoError, invalidParameter, resourceNotFound } from '../errors.ts';
import { optNum, optStr, str } from '../input.ts';
import { authenticate } from '../tokens.ts';
import type { PoolState, UserState, WebAuthnCredentialState } from '../types.ts';
import {
  assertPasskeysEnabled,
  MAX_CREDENTIALS_PER_USER,
  originAllowed,
  REGISTRATION_TTL_SECONDS,
  readClientData,
  relyingPartyId,
  SUPPORTED_ALGORITHMS,
} from '../webauthn-relying-party.ts';

/** The pending registration also remembers the app client that started it. */
type PendingRegistration = NonNullable<UserState['webauthnRegistration']> & { clientId?: string };

const challengeNotFound = () =>
  new CognitoError(
    'WebAuthnChallengeNotFoundException',
    'The registration challenge was not found or has expired. Call StartWebAuthnRegistration again.',
  );

/** The name Cognito shows for a passkey, from the authenticator's AAGUID where it is a known one. */
const KNOWN_AUTHENTICATORS: Record<string, string> = {
  'fbfc3007-154e-4ecc-8c0b-6e020557d7bd': 'iCloud Keychain',
  'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4': 'Google Password Manager',
  'adce0002-35bc-c60a-648b-0b25f1f05503': 'Chrome on Mac',
  '08987058-cadc-4b81-b6e1-30de50dcbe96': 'Windows Hello',
  '9ddd1817-af5a-4672-a2b9-3e3dd95000a9': 'Windows Hello',
  '6028b017-b1d4-4c02-b4b3-afcdafc96bb2': 'Windows Hello',
  'bada5566-a7aa-401f-bd96-45619a55120d': '1Password',
  'd548826e-79b4-db40-a3d8-11116f7e8349': 'Bitwarden',
};

function displayName(user: UserState): { name: string; displayName: string } {
  const name = user.attributes.email ?? user.attributes.phone_number ?? user.username;
  return { name, displayName: user.attributes.name ?? name };
}

export const startWebAuthnRegistration: Operation = async (ctx, req) => {
  const { pool, user, claims } = authenticate(ctx, req.AccessToken);
  assertPasskeysEnabled(pool);
  const rpId = relyingPartyId(pool);
  if (user.webauthn.length >= MAX_CREDENTIALS_PER_USER) {
    throw new CognitoError(
      'LimitExceededException',
      `A user can have at most ${MAX_CREDENTIALS_PER_USER} passkeys.`,
    );
  }
  const who = displayName(user);
  const options = await generateRegistrationOptions({
    rpName: rpId,
    rpID: rpId,
    userName: who.name,
    userDisplayName: who.displayName,
    userID: new Uint8Array(Buffer.from(user.sub, 'utf8')),
    timeout: REGISTRATION_TTL_SECONDS * 1000,
    attestationType: 'none',
    excludeCredentials: user.webauthn
      .filter((c) => c.rpId === rpId)
      .map((c) => ({ id: c.id, transports: c.transports })),
    authenticatorSelection: {
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: pool.config.WebAuthn.UserVerification,
    },
    supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
  });
  const pending: PendingRegistration = {
    challenge: options.challenge,
    expiresAt: ctx.now() + REGISTRATION_TTL_SECONDS * 1000,
    clientId: typeof claims.client_id === 'string' ? claims.client_id : undefined,
  };
  user.webauthnRegistration = pending;
  return { CredentialCreationOptions: options };
};

/** `Credential` is a JSON document (the SDK and Amplify send an object); accept a JSON string too. */
function registrationCredential(req: Req): RegistrationResponseJSON {
  let value = req.Credential;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw invalidParameter('Credential must be a RegistrationResponseJSON object.');
    }
  }
  const c = value as Partial<RegistrationResponseJSON> | null | undefined;
  const ok =
    !!c &&
    typeof c === 'object' &&
    typeof c.id === 'string' &&
    typeof c.rawId === 'string' &&
    !!c.response &&
    typeof c.response === 'object' &&
    typeof c.response.clientDataJSON === 'string' &&
    typeof c.response.attestationObject === 'string';
  if (!ok) throw invalidParameter('Credential must be a RegistrationResponseJSON object.');
  return { clientExtensionResults: {}, type: 'public-key', ...c } as RegistrationResponseJSON;
}

/** What @simplewebauthn/server's complaint means in Cognito's terms. */
function registrationError(error: unknown): CognitoError {
  const detail = error instanceof Error ? error.message : String(error);
  if (detail.includes('RP ID')) {
    return new CognitoError(
      'WebAuthnRelyingPartyMismatchException',
      'The passkey credential is associated with a different relying party ID than the user pool.',
    );
  }
  if (detail.includes('response type')) return invalidParameter(`Invalid credential: ${detail}`);
  return new CognitoError(
    'WebAuthnCredentialNotSupportedException',
    `The passkey credential is not supported: ${detail}`,
  );
}

const credentialOwner = (pool: PoolState, id: string): UserState | undefined =>
  Object.values(pool.users).find((u) => u.webauthn.some((c) => c.id === id));

export const completeWebAuthnRegistration: Operation = async (ctx, req) => {
  const { pool, user, claims } = authenticate(ctx, req.AccessToken);
  assertPasskeysEnabled(pool);
  const rpId = relyingPartyId(pool);
  const credential = registrationCredential(req);
  const pending = user.webauthnRegistration as PendingRegistration | undefined;
  if (!pending || pending.expiresAt <= ctx.now()) {
    delete user.webauthnRegistration;
    throw challengeNotFound();
  }
  if (pending.clientId && pending.clientId !== claims.client_id) {
    throw new CognitoError(
      'WebAuthnClientMismatchException',
      'The access token is for a different app client than the one that started the registration.',
    );
  }
  const clientData = readClientData(credential.response.clientDataJSON);
  if (!clientData) throw invalidParameter('Credential clientDataJSON is not valid.');
  if (clientData.challenge !== pending.challenge) throw challengeNotFound();
  // The challenge is answered now: it is single-use whatever the outcome.
  delete user.webauthnRegistration;
  if (!originAllowed(clientData.origin, rpId)) {
    throw new CognitoError(
      'WebAuthnOriginNotAllowedException',
      `The origin ${String(clientData.origin)} is not allowed for relying party ID ${rpId}.`,
    );
  }
  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response: credential,
      expectedChallenge: pending.challenge,
      expectedOrigin: clientData.origin as string,
      expectedRPID: rpId,
      requireUserVerification: pool.config.WebAuthn.UserVerification === 'required',
      supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
    });
  } catch (error) {
    throw registrationError(error);
  }
  if (!verified.verified) throw registrationError(new Error('verification failed'));
  const info = verified.registrationInfo;
  if (credentialOwner(pool, info.credential.id)) {
    throw invalidParameter('This passkey credential is already registered.');
  }
  if (user.webauthn.length >= MAX_CREDENTIALS_PER_USER) {
    throw new CognitoError(
      'LimitExceededException',
      `A user can have at most ${MAX_CREDENTIALS_PER_USER} passkeys.`,
    );
  }
  const stored: WebAuthnCredentialState = {
    id: info.credential.id,
    publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
    counter: info.credential.counter,
    transports: credential.response.transports ?? [],
    rpId,
    createdAt: ctx.now(),
  };
  if (credential.authenticatorAttachment) stored.attachment = credential.authenticatorAttachment;
  const known = KNOWN_AUTHENTICATORS[info.aaguid];
  if (known) stored.friendlyName = known;
  user.webauthn.push(stored);
  user.modifiedAt = ctx.now();
  return {};
};

const describe = (c: WebAuthnCredentialState) => ({
  CredentialId: c.id,
  FriendlyCredentialName: c.friendlyName ?? 'Passkey',
  RelyingPartyId: c.rpId,
  ...(c.attachment ? { AuthenticatorAttachment: c.attachment } : {}),
  AuthenticatorTransports: c.transports,
  CreatedAt: c.createdAt / 1000,
});

export const listWebAuthnCredentials: Operation = (ctx, req) => {
  const { user } = authenticate(ctx, req.AccessToken);
  const max = optNum(req, 'MaxResults') ?? 20;
  if (!Number.isInteger(max) || max < 1 || max > 20) {
    throw invalidParameter('MaxResults must be an integer from 1 to 20.');
  }
  const token = optStr(req, 'NextToken');
  const start = token === undefined ? 0 : Number(Buffer.from(token, 'base64url').toString('utf8'));
  if (!Number.isInteger(start) || start < 0) throw invalidParameter('Invalid NextToken.');
  const page = user.webauthn.slice(start, start + max);
  const next = start + max < user.webauthn.length ? start + max : undefined;
  return {
    Credentials: page.map(describe),
    ...(next === undefined ? {} : { NextToken: Buffer.from(String(next)).toString('base64url') }),
  };
};

export const deleteWebAuthnCredential: Operation = (ctx, req) => {
  const { user } = authenticate(ctx, req.AccessToken);
  const id = str(req, 'CredentialId');
  const index = user.webauthn.findIndex((c) => c.id === id);
  if (index < 0) throw resourceNotFound('Credential does not exist.');
  user.webauthn.splice(index, 1);
  user.modifiedAt = ctx.now();
  return {};
};
