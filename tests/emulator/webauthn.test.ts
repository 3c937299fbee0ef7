import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CompleteWebAuthnRegistrationCommand,
  CreateUserPoolClientCommand,
  DeleteWebAuthnCredentialCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ListWebAuthnCredentialsCommand,
  RespondToAuthChallengeCommand,
  SetUserPoolMfaConfigCommand,
  StartWebAuthnRegistrationCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installWebAuthnGlobals, SoftAuthenticator } from './support/soft-authenticator.ts';
import { startTestPool, type TestPool } from './support/stack.ts';

const ORIGIN = 'http://localhost:5173';
const EMAIL = 'alice@example.com';
const PASSWORD = 'Passw0rd!long';

let t: TestPool;

async function passwordSignIn(clientId = t.clientId): Promise<string> {
  const out = await t.sdk.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: EMAIL, PASSWORD },
    }),
  );
  return out.AuthenticationResult?.AccessToken as string;
}

async function startRegistration(
  accessToken: string,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const out = await t.sdk.send(new StartWebAuthnRegistrationCommand({ AccessToken: accessToken }));
  return out.CredentialCreationOptions as unknown as PublicKeyCredentialCreationOptionsJSON;
}

const complete = (accessToken: string, credential: RegistrationResponseJSON) =>
  t.sdk.send(
    new CompleteWebAuthnRegistrationCommand({
      AccessToken: accessToken,
      Credential: credential as never,
    }),
  );

async function register(accessToken: string, authenticator: SoftAuthenticator, origin = ORIGIN) {
  const options = await startRegistration(accessToken);
  await complete(accessToken, authenticator.create(options, origin));
  return options;
}

/** InitiateAuth USER_AUTH asking for WEB_AUTHN: the session and the parsed request options. */
async function passkeyChallenge() {
  const out = await t.sdk.send(
    new InitiateAuthCommand({
      ClientId: t.clientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: EMAIL, PREFERRED_CHALLENGE: 'WEB_AUTHN' },
    }),
  );
  expect(out.ChallengeName).toBe('WEB_AUTHN');
  const options = JSON.parse(
    out.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS as string,
  ) as PublicKeyCredentialRequestOptionsJSON;
  return { session: out.Session as string, options };
}

const answer = (session: string, credential: AuthenticationResponseJSON) =>
  t.sdk.send(
    new RespondToAuthChallengeCommand({
      ClientId: t.clientId,
      ChallengeName: 'WEB_AUTHN',
      Session: session,
      ChallengeResponses: { USERNAME: EMAIL, CREDENTIAL: JSON.stringify(credential) },
    }),
  );

const storedUser = () => {
  const users = Object.values(t.server.emulator.state.pools[t.poolId]?.users ?? {});
  const user = users.find((u) => u.attributes.email === EMAIL);
  if (!user) throw new Error('no user');
  return user;
};

function flipByte(b64url: string, index: number): string {
  const bytes = Buffer.from(b64url, 'base64url');
  bytes[index] = (bytes[index] ?? 0) ^ 0xff;
  return bytes.toString('base64url');
}

beforeEach(async () => {
  t = await startTestPool({
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] } },
  });
  await t.sdk.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: t.poolId,
      WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'preferred' },
    }),
  );
  await t.sdk.send(
    new AdminCreateUserCommand({
      UserPoolId: t.poolId,
      Username: EMAIL,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: EMAIL },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  await t.sdk.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: t.poolId,
      Username: EMAIL,
      Password: PASSWORD,
      Permanent: true,
    }),
  );
});

afterEach(async () => {
  await t.close();
});

describe('passkey registration', () => {
  it('offers creation options for the user and stores the verified credential', async () => {
    const token = await passwordSignIn();
    const got = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: EMAIL }),
    );
    const sub = got.UserAttributes?.find((a) => a.Name === 'sub')?.Value as string;

    const options = await startRegistration(token);
    expect(options).toMatchObject({
      rp: { id: 'localhost' },
      user: { id: Buffer.from(sub).toString('base64url'), name: EMAIL },
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      excludeCredentials: [],
      timeout: 300_000,
    });
    expect(options.pubKeyCredParams.map((p) => p.alg)).toEqual([-7, -257]);
    expect(options.challenge).toMatch(/^[\w-]{20,}$/);

    const authenticator = new SoftAuthenticator();
    expect(await complete(token, authenticator.create(options, ORIGIN))).toBeDefined();

    const list = await t.sdk.send(new ListWebAuthnCredentialsCommand({ AccessToken: token }));
    expect(list.NextToken).toBeUndefined();
    expect(list.Credentials).toHaveLength(1);
    const [listed] = list.Credentials ?? [];
    expect(listed).toMatchObject({
      CredentialId: authenticator.credentials[0]?.id,
      FriendlyCredentialName: expect.any(String),
      RelyingPartyId: 'localhost',
      AuthenticatorAttachment: 'platform',
      AuthenticatorTransports: ['internal', 'hybrid'],
    });
    expect(listed?.CreatedAt).toBeInstanceOf(Date);
    expect(Math.abs((listed?.CreatedAt?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);

    const again = await startRegistration(token);
    expect(again.excludeCredentials).toEqual([
      {
        id: authenticator.credentials[0]?.id,
        type: 'public-key',
        transports: ['internal', 'hybrid'],
      },
    ]);
  });

  it('accepts the relying party host and its subdomains, https or loopback http', async () => {
    const token = await passwordSignIn();
    for (const origin of ['http://localhost', 'https://localhost:8443', 'https://app.localhost']) {
      await register(token, new SoftAuthenticator(), origin);
    }
    const list = await t.sdk.send(new ListWebAuthnCredentialsCommand({ AccessToken: token }));
    expect(list.Credentials).toHaveLength(3);
  });

  it.each([
    'https://evil.example',
    'http://127.0.0.1:5173',
    'https://localhost.evil.example',
    'https://notlocalhost',
  ])('rejects a credential created on origin %s', async (origin) => {
    const token = await passwordSignIn();
    const options = await startRegistration(token);
    await expect(
      complete(token, new SoftAuthenticator().create(options, origin)),
    ).rejects.toMatchObject({
      name: 'WebAuthnOriginNotAllowedException',
    });
  });

  it('rejects plain http on a non-loopback relying party', async () => {
    await t.sdk.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: t.poolId,
        WebAuthnConfiguration: { RelyingPartyId: 'example.com', UserVerification: 'preferred' },
      }),
    );
    const token = await passwordSignIn();
    const options = await startRegistration(token);
    expect(options.rp.id).toBe('example.com');
    const authenticator = new SoftAuthenticator();
    await expect(
      complete(token, authenticator.create(options, 'http://example.com')),
    ).rejects.toMatchObject({
      name: 'WebAuthnOriginNotAllowedException',
    });
    await register(token, authenticator, 'https://app.example.com');
  });

  it('rejects a credential scoped to another relying party', async () => {
    const token = await passwordSignIn();
    const options = await startRegistration(token);
    const credential = new SoftAuthenticator().create(
      { ...options, rp: { ...options.rp, id: 'example.com' } },
      ORIGIN,
    );
    await expect(complete(token, credential)).rejects.toMatchObject({
      name: 'WebAuthnRelyingPartyMismatchException',
    });
  });

  it('uses each registration challenge once', async () => {
    const token = await passwordSignIn();
    const options = await startRegistration(token);
    const credential = new SoftAuthenticator().create(options, ORIGIN);
    await complete(token, credential);
    await expect(complete(token, credential)).rejects.toMatchObject({
      name: 'WebAuthnChallengeNotFoundException',
    });
    // A response to an older challenge does not answer the newer one either.
    await startRegistration(token);
    await expect(complete(token, credential)).rejects.toMatchObject({
      name: 'WebAuthnChallengeNotFoundException',
    });
  });

  it('expires the registration challenge after five minutes', async () => {
    const token = await passwordSignIn();
    const options = await startRegistration(token);
    t.server.emulator.advanceClock(301);
    await expect(
      complete(token, new SoftAuthenticator().create(options, ORIGIN)),
    ).rejects.toMatchObject({
      name: 'WebAuthnChallengeNotFoundException',
    });
    expect(
      await complete(token, new SoftAuthenticator().create(await startRegistration(token), ORIGIN)),
    ).toBeDefined();
  });

  it('needs Complete to come from the app client that started it', async () => {
    const other = await t.sdk.send(
      new CreateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientName: 'other',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    const token = await passwordSignIn();
    const otherToken = await passwordSignIn(other.UserPoolClient?.ClientId);
    const options = await startRegistration(token);
    await expect(
      complete(otherToken, new SoftAuthenticator().create(options, ORIGIN)),
    ).rejects.toMatchObject({
      name: 'WebAuthnClientMismatchException',
    });
  });

  it('enforces required user verification', async () => {
    await t.sdk.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: t.poolId,
        WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'required' },
      }),
    );
    const token = await passwordSignIn();
    const options = await startRegistration(token);
    expect(options.authenticatorSelection?.userVerification).toBe('required');
    const presenceOnly = new SoftAuthenticator({ userVerified: false });
    await expect(complete(token, presenceOnly.create(options, ORIGIN))).rejects.toMatchObject({
      name: 'WebAuthnCredentialNotSupportedException',
    });
    await register(token, new SoftAuthenticator());
  });

  it('rejects malformed credentials', async () => {
    const token = await passwordSignIn();
    await startRegistration(token);
    await expect(
      complete(token, { id: 'x' } as unknown as RegistrationResponseJSON),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });

  it('needs passkeys enabled and a relying party id', async () => {
    const token = await passwordSignIn();
    await t.sdk.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: t.poolId,
        WebAuthnConfiguration: { UserVerification: 'preferred' },
      }),
    );
    await expect(startRegistration(token)).rejects.toMatchObject({
      name: 'WebAuthnConfigurationMissingException',
      message: 'Relying party ID is not configured.',
    });
    await t.sdk.send(
      new UpdateUserPoolCommand({
        UserPoolId: t.poolId,
        Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] } },
      }),
    );
    await expect(startRegistration(token)).rejects.toMatchObject({
      name: 'WebAuthnNotEnabledException',
    });
  });

  it('needs a valid access token', async () => {
    await expect(startRegistration('not-a-token')).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  it('pages the credential list and deletes credentials', async () => {
    const token = await passwordSignIn();
    for (let i = 0; i < 3; i++) await register(token, new SoftAuthenticator());
    const first = await t.sdk.send(
      new ListWebAuthnCredentialsCommand({ AccessToken: token, MaxResults: 2 }),
    );
    expect(first.Credentials).toHaveLength(2);
    expect(first.NextToken).toBeTruthy();
    const second = await t.sdk.send(
      new ListWebAuthnCredentialsCommand({
        AccessToken: token,
        MaxResults: 2,
        NextToken: first.NextToken,
      }),
    );
    expect(second.Credentials).toHaveLength(1);
    expect(second.NextToken).toBeUndefined();
    const ids = [...(first.Credentials ?? []), ...(second.Credentials ?? [])].map(
      (c) => c.CredentialId,
    );
    expect(new Set(ids).size).toBe(3);

    await t.sdk.send(
      new DeleteWebAuthnCredentialCommand({ AccessToken: token, CredentialId: ids[1] }),
    );
    const after = await t.sdk.send(new ListWebAuthnCredentialsCommand({ AccessToken: token }));
    expect(after.Credentials?.map((c) => c.CredentialId)).toEqual([ids[0], ids[2]]);
    await expect(
      t.sdk.send(new DeleteWebAuthnCredentialCommand({ AccessToken: token, CredentialId: ids[1] })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('passkey sign-in', () => {
  let authenticator: SoftAuthenticator;
  let token: string;

  beforeEach(async () => {
    authenticator = new SoftAuthenticator();
    token = await passwordSignIn();
    await register(token, authenticator);
  });

  it('signs in with PREFERRED_CHALLENGE WEB_AUTHN and moves the counter on', async () => {
    const { session, options } = await passkeyChallenge();
    expect(options).toMatchObject({
      rpId: 'localhost',
      userVerification: 'preferred',
      allowCredentials: [
        {
          id: authenticator.credentials[0]?.id,
          type: 'public-key',
          transports: ['internal', 'hybrid'],
        },
      ],
    });
    const out = await answer(session, authenticator.get(options, ORIGIN));
    const tokens = out.AuthenticationResult;
    expect(tokens?.AccessToken).toBeTruthy();
    expect(tokens?.IdToken).toBeTruthy();
    expect(tokens?.RefreshToken).toBeTruthy();
    const me = await t.sdk.send(new GetUserCommand({ AccessToken: tokens?.AccessToken }));
    expect(me.UserAttributes?.find((a) => a.Name === 'email')?.Value).toBe(EMAIL);
    expect(storedUser().webauthn[0]?.counter).toBe(1);

    const next = await passkeyChallenge();
    await answer(next.session, authenticator.get(next.options, ORIGIN));
    expect(storedUser().webauthn[0]?.counter).toBe(2);
  });

  it('offers WEB_AUTHN in SELECT_CHALLENGE and follows the answer', async () => {
    const select = await t.sdk.send(
      new InitiateAuthCommand({
        ClientId: t.clientId,
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: EMAIL },
      }),
    );
    expect(select.ChallengeName).toBe('SELECT_CHALLENGE');
    expect(select.AvailableChallenges).toEqual(
      expect.arrayContaining(['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD', 'PASSWORD_SRP']),
    );
    const challenge = await t.sdk.send(
      new RespondToAuthChallengeCommand({
        ClientId: t.clientId,
        ChallengeName: 'SELECT_CHALLENGE',
        Session: select.Session,
        ChallengeResponses: { USERNAME: EMAIL, ANSWER: 'WEB_AUTHN' },
      }),
    );
    expect(challenge.ChallengeName).toBe('WEB_AUTHN');
    const options = JSON.parse(challenge.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS as string);
    const out = await answer(challenge.Session as string, authenticator.get(options, ORIGIN));
    expect(out.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it('rejects an assertion made on another origin', async () => {
    const { session, options } = await passkeyChallenge();
    await expect(
      answer(session, authenticator.get(options, 'https://evil.example')),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('does not accept a replayed assertion', async () => {
    const first = await passkeyChallenge();
    const assertion = authenticator.get(first.options, ORIGIN);
    await answer(first.session, assertion);
    // The same session is spent...
    await expect(answer(first.session, assertion)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
    // ...and a new session has a new challenge.
    const second = await passkeyChallenge();
    await expect(answer(second.session, assertion)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('rejects a tampered signature or authenticator data', async () => {
    const first = await passkeyChallenge();
    const signed = authenticator.get(first.options, ORIGIN);
    const badSignature = {
      ...signed,
      response: { ...signed.response, signature: flipByte(signed.response.signature, 12) },
    };
    await expect(answer(first.session, badSignature)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });

    const second = await passkeyChallenge();
    const other = authenticator.get(second.options, ORIGIN);
    // Flags byte: drop user presence; the signature no longer matches either.
    const badData = {
      ...other,
      response: {
        ...other.response,
        authenticatorData: flipByte(other.response.authenticatorData, 32),
      },
    };
    await expect(answer(second.session, badData)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  it('rejects a counter that goes backwards (a cloned authenticator)', async () => {
    const first = await passkeyChallenge();
    const credential = authenticator.credentials[0];
    if (!credential) throw new Error('no credential');
    await answer(first.session, authenticator.get(first.options, ORIGIN));
    const second = await passkeyChallenge();
    credential.counter = 0; // the clone signs with a stale counter
    const stale = authenticator.get(second.options, ORIGIN);
    await expect(answer(second.session, stale)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  it('rejects a credential the user never registered', async () => {
    const stranger = new SoftAuthenticator();
    const otherToken = await passwordSignIn();
    // The stranger's key exists only in the authenticator, never registered with the pool.
    stranger.create(await startRegistration(otherToken), ORIGIN);
    const { session, options } = await passkeyChallenge();
    await expect(
      answer(session, stranger.get({ ...options, allowCredentials: [] }, ORIGIN)),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('rejects a malformed CREDENTIAL', async () => {
    const { session } = await passkeyChallenge();
    await expect(
      t.sdk.send(
        new RespondToAuthChallengeCommand({
          ClientId: t.clientId,
          ChallengeName: 'WEB_AUTHN',
          Session: session,
          ChallengeResponses: { USERNAME: EMAIL, CREDENTIAL: 'not json' },
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });

  it('does not sign in a disabled user', async () => {
    const { session, options } = await passkeyChallenge();
    await t.sdk.send(new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: EMAIL }));
    await expect(answer(session, authenticator.get(options, ORIGIN))).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'User is disabled.',
    });
  });

  it('does not sign in a disabled user with an email code either', async () => {
    const out = await t.sdk.send(
      new InitiateAuthCommand({
        ClientId: t.clientId,
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: EMAIL, PREFERRED_CHALLENGE: 'EMAIL_OTP' },
      }),
    );
    expect(out.ChallengeName).toBe('EMAIL_OTP');
    await t.sdk.send(new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: EMAIL }));
    await expect(
      t.sdk.send(
        new RespondToAuthChallengeCommand({
          ClientId: t.clientId,
          ChallengeName: 'EMAIL_OTP',
          Session: out.Session,
          ChallengeResponses: {
            USERNAME: EMAIL,
            EMAIL_OTP_CODE: t.server.emulator.lastCode(EMAIL) as string,
          },
        }),
      ),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'User is disabled.' });
  });

  it('stops offering passkey sign-in once the credential is deleted', async () => {
    const id = authenticator.credentials[0]?.id as string;
    await t.sdk.send(new DeleteWebAuthnCredentialCommand({ AccessToken: token, CredentialId: id }));
    const out = await t.sdk.send(
      new InitiateAuthCommand({
        ClientId: t.clientId,
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: EMAIL, PREFERRED_CHALLENGE: 'WEB_AUTHN' },
      }),
    );
    expect(out.ChallengeName).toBe('SELECT_CHALLENGE');
    expect(out.AvailableChallenges).not.toContain('WEB_AUTHN');
    await expect(
      t.sdk.send(
        new RespondToAuthChallengeCommand({
          ClientId: t.clientId,
          ChallengeName: 'SELECT_CHALLENGE',
          Session: out.Session,
          ChallengeResponses: { USERNAME: EMAIL, ANSWER: 'WEB_AUTHN' },
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });
});

describe('Amplify passkeys against the emulator', () => {
  it('associates a passkey and signs in with it through aws-amplify/auth', async () => {
    const { Amplify } = await import('aws-amplify');
    const auth = await import('aws-amplify/auth');
    Amplify.configure({
      Auth: {
        Cognito: {
          userPoolId: t.poolId,
          userPoolClientId: t.clientId,
          userPoolEndpoint: t.server.url,
        },
      },
    });
    const authenticator = new SoftAuthenticator();
    const restore = installWebAuthnGlobals(authenticator, ORIGIN);
    try {
      const password = await auth.signIn({ username: EMAIL, password: PASSWORD });
      expect(password.isSignedIn).toBe(true);
      await auth.associateWebAuthnCredential();
      const listed = await auth.listWebAuthnCredentials();
      expect(listed.credentials).toHaveLength(1);
      expect(listed.credentials[0]?.credentialId).toBe(authenticator.credentials[0]?.id);
      await auth.signOut();

      const passkey = await auth.signIn({
        username: EMAIL,
        options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' },
      });
      expect(passkey).toMatchObject({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
      const session = await auth.fetchAuthSession();
      expect(session.tokens?.idToken?.payload.email).toBe(EMAIL);
      expect(storedUser().webauthn[0]?.counter).toBe(1);

      await auth.deleteWebAuthnCredential({
        credentialId: authenticator.credentials[0]?.id as string,
      });
      expect((await auth.listWebAuthnCredentials()).credentials).toEqual([]);
      await auth.signOut();
    } finally {
      restore();
    }
  });
});
