import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityClient,
  DescribeIdentityPoolCommand,
  GetIdentityPoolRolesCommand,
  ListIdentityPoolsCommand,
} from '@aws-sdk/client-cognito-identity';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../infra/lib/security-headers.ts';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import { type Stack, startStack } from '../../local/stack/start-stack.ts';
import { localS3Client, userCredentials } from '../e2e/support/identity-credentials.ts';

const stacks: Stack[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startStack>[0]) {
  const stack = await startStack({ quiet: true, ...options });
  stacks.push(stack);
  return stack;
}

const stop = async () => stacks.pop()?.close();

function identityClient(stack: Stack) {
  return new CognitoIdentityClient({
    region: stack.pool.region,
    endpoint: stack.urls.cognito,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

const withoutMetadata = <T extends { $metadata: unknown }>({ $metadata: _, ...rest }: T) => rest;

async function identityPools(stack: Stack) {
  const sdk = identityClient(stack);
  try {
    const IdentityPoolId = stack.identityPool.identityPoolId;
    return {
      pools: (await sdk.send(new ListIdentityPoolsCommand({ MaxResults: 60 }))).IdentityPools,
      pool: withoutMetadata(await sdk.send(new DescribeIdentityPoolCommand({ IdentityPoolId }))),
      roles: await sdk.send(new GetIdentityPoolRolesCommand({ IdentityPoolId })),
    };
  } finally {
    sdk.destroy();
  }
}

describe('the local stack’s identity pool and files', () => {
  it('seeds the identity pool as a deploy does, and config.json points the app at it', async () => {
    const stack = await start({});
    const { pool, roles } = await identityPools(stack);
    expect(pool).toMatchObject({
      IdentityPoolId: stack.identityPool.identityPoolId,
      AllowUnauthenticatedIdentities: false,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [
        {
          ProviderName: `cognito-idp.us-east-1.amazonaws.com/${stack.pool.userPoolId}`,
          ClientId: stack.pool.userPoolClientId,
          ServerSideTokenCheck: true,
        },
      ],
    });
    // Signed-in users only: no guest role.
    expect(roles.Roles).toEqual({
      authenticated: expect.stringMatching(/^arn:aws:iam::\d{12}:role\//),
    });
    expect(stack.appConfig).toMatchObject({
      identityPoolId: stack.identityPool.identityPoolId,
      identityPoolEndpoint: `${stack.urls.cognito}/`,
      storage: {
        bucket: stack.s3.bucket,
        region: 'us-east-1',
        endpoint: stack.s3.endpoint,
        maxFileBytes: expect.any(Number),
      },
    });
    expect(stack.urls.s3).toBe(`https://${stack.s3.endpoint}`);
    // The production preview (`--prod`) sends its CSP from this config.json.
    const csp = securityHeaders(stack.appConfig)['content-security-policy'];
    expect(csp).toMatch(new RegExp(`connect-src [^;]*${stack.urls.s3.replaceAll('.', '\\.')}`));
    expect(csp).toContain(stack.urls.cognito);
  });

  it('lets the local S3 take credentials until the emulator says they expire', async () => {
    const stack = await start({});
    const demo = await userCredentials(stack, 'demo@example.com', DEMO_PASSWORD);
    const s3 = localS3Client(stack, demo);
    const put = () =>
      s3.send(
        new PutObjectCommand({
          Bucket: stack.s3.bucket,
          Key: `private/${demo.identityId}/note.txt`,
          Body: 'x',
        }),
      );
    try {
      await put();
      // GetCredentialsForIdentity's credentials last an hour, on the emulator's clock.
      stack.emulator.advanceClock(3601);
      await expect(put()).rejects.toMatchObject({ name: 'ExpiredToken' });
    } finally {
      s3.close();
    }
  });

  it('keeps the identity pool, identities and files across restarts; --fresh clears the files', async () => {
    const state = mkdtempSync(join(tmpdir(), 'stack-files-'));
    dirs.push(state);
    const options = {
      stateFile: join(state, 'cognito.json'),
      dynamoDataDir: join(state, 'dynamodb'),
      s3DataDir: join(state, 's3'),
    };
    const first = await start(options);
    const demo = await userCredentials(first, 'demo@example.com', DEMO_PASSWORD);
    const Key = `private/${demo.identityId}/kept.txt`;
    const Bucket = first.s3.bucket;
    const s3 = localS3Client(first, demo);
    try {
      await s3.send(new PutObjectCommand({ Bucket, Key, Body: 'survives a restart' }));
    } finally {
      s3.close();
    }
    const before = await identityPools(first);
    await stop();

    const second = await start(options);
    const after = await identityPools(second);
    // Seeded again, not twice: the same single pool.
    expect(after.pools).toEqual(before.pools);
    expect(after.pools).toHaveLength(1);
    expect(after.pool).toEqual(before.pool);
    const again = await userCredentials(second, 'demo@example.com', DEMO_PASSWORD);
    expect(again.identityId).toBe(demo.identityId);
    const read = localS3Client(second, again);
    try {
      const got = await read.send(new GetObjectCommand({ Bucket, Key }));
      expect(await got.Body?.transformToString()).toBe('survives a restart');
    } finally {
      read.close();
    }
    await stop();

    const fresh = await start({ ...options, freshData: true });
    const mine = await userCredentials(fresh, 'demo@example.com', DEMO_PASSWORD);
    const cleared = localS3Client(fresh, mine);
    try {
      await expect(cleared.send(new GetObjectCommand({ Bucket, Key }))).rejects.toMatchObject({
        name: 'NoSuchKey',
      });
    } finally {
      cleared.close();
    }
  }, 60_000);
});
