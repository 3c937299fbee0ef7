import { configure, screen } from '@testing-library/react';
import { renderApp } from '../render-app';
import { startDemoApi } from '../support/demo-api';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito, TEST_ENDPOINT, type TestCognito } from '../support/test-cognito';
import { startTestS3 } from '../support/test-s3';

// Each test signs in and boots the whole app; on a busy machine a page can take a while.
configure({ asyncUtilTimeout: 5000 });

const IDENTITY = { service: 'cognito-identity' } as const;

/**
 * An identity pool on the test user pool, as a deploy makes it (no guests, server-side token
 * check, an authenticated role), answered by the emulator through MSW.
 */
export async function createIdentityPool(cognito: TestCognito): Promise<string> {
  const created = (await cognito.emulator.call(
    'CreateIdentityPool',
    {
      IdentityPoolName: 'files',
      AllowUnauthenticatedIdentities: false,
      CognitoIdentityProviders: [
        {
          ProviderName: `cognito-idp.us-east-1.amazonaws.com/${cognito.poolId}`,
          ClientId: cognito.clientId,
          ServerSideTokenCheck: true,
        },
      ],
    },
    IDENTITY,
  )) as { IdentityPoolId: string };
  await cognito.emulator.call(
    'SetIdentityPoolRoles',
    {
      IdentityPoolId: created.IdentityPoolId,
      Roles: { authenticated: 'arn:aws:iam::000000000000:role/files-authenticated' },
    },
    IDENTITY,
  );
  return created.IdentityPoolId;
}

/** The identity id the pool gave `email` (after the app asked for credentials). */
export async function identityIdOf(cognito: TestCognito, identityPoolId: string) {
  const listed = (await cognito.emulator.call(
    'ListIdentities',
    { IdentityPoolId: identityPoolId, MaxResults: 10 },
    IDENTITY,
  )) as { Identities: { IdentityId: string }[] };
  return listed.Identities.map((identity) => identity.IdentityId);
}

/** Signs Dana in with an identity pool and a files bucket configured, and opens `url`. */
export async function openAsDana(url: string, overrides: Record<string, unknown> = {}) {
  const cognito = await startTestCognito();
  await cognito.addUser('dana@example.com');
  const identityPoolId = await createIdentityPool(cognito);
  const s3 = startTestS3(cognito.emulator);
  const config = await signInAs(cognito, 'dana@example.com', {
    identityPoolId,
    identityPoolEndpoint: TEST_ENDPOINT,
    storage: { ...s3.storage, maxFileBytes: 1024 },
    ...overrides,
  });
  // The profile page reads the API's record of the user.
  await startDemoApi(cognito);
  const view = await renderApp(url, { config });
  await screen.findByRole('heading', { level: 1 });
  return { ...view, cognito, s3, identityPoolId, config };
}
