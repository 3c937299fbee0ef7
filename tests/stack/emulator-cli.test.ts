/**
 * `npm run emulator` as a developer runs it: a real child process, found through the endpoint
 * line it prints, seeded and queried over the AWS API.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { JwtInvalidIssuerError } from 'aws-jwt-verify/error';
import type { JwksCache } from 'aws-jwt-verify/jwk';
import { JwtVerifier } from 'aws-jwt-verify/jwt-verifier';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sdkClient } from '../emulator/support/stack.ts';

type Jwks = Parameters<JwksCache['addJwks']>[1];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'Passw0rd!cli';
// npm, then tsx compiling the CLI: slow on a busy machine, but far below the test timeout.
const START_TIMEOUT_MS = 15_000;
const TEST_TIMEOUT_MS = START_TIMEOUT_MS + 10_000;

interface RunningCli {
  child: ChildProcess;
  /** The endpoint as the CLI printed it, without the trailing slash. */
  url: string;
  output(): string;
  /** An SDK client for `url`, made on first use and destroyed with the child. */
  sdk?: CognitoIdentityProviderClient;
}

/** Stops every CLI in `started` (children and SDK clients), emptying it. */
async function stopAll(started: RunningCli[]): Promise<void> {
  await Promise.all(
    started.splice(0).map((cli) => {
      cli.sdk?.destroy();
      return stop(cli.child);
    }),
  );
}

/**
 * `npm run emulator -- …args`; resolves once it prints its endpoint line. The child joins
 * `started` before anything can fail, so the caller's cleanup always finds it.
 */
async function startCli(args: string[], started: RunningCli[]): Promise<RunningCli> {
  // Its own process group: npm starts tsx, which starts node; stop() signals all three at once.
  const child = spawn('npm', ['run', 'emulator', '--', ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const cli: RunningCli = { child, url: '', output: () => output };
  started.push(cli);
  cli.url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no endpoint line within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /endpoint: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the CLI exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return cli;
}

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Signals the child's whole process group (as a terminal does on Ctrl-C) and waits for it to
 * go; SIGKILL if it lingers. Says which of the two ended it.
 */
async function stop(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<'exited' | 'killed'> {
  const pid = child.pid;
  if (pid === undefined || !groupAlive(pid)) return 'exited';
  const send = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // The group is already gone.
    }
  };
  send(signal);
  const deadline = Date.now() + 5000;
  while (groupAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!groupAlive(pid)) return 'exited';
  send('SIGKILL');
  return 'killed';
}

/** A port nobody listens on right now (the OS picks it; we let go of it at once). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function sdkFor(cli: RunningCli): CognitoIdentityProviderClient {
  cli.sdk ??= sdkClient(cli.url);
  return cli.sdk;
}

/** A pool, a public client and a confirmed user, created over the API; returns fresh tokens. */
async function seedAndSignIn(sdk: CognitoIdentityProviderClient) {
  const pool = await sdk.send(
    new CreateUserPoolCommand({ PoolName: 'cli', UsernameAttributes: ['email'] }),
  );
  const poolId = pool.UserPool?.Id as string;
  const client = await sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'web',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  );
  const clientId = client.UserPoolClient?.ClientId as string;
  const email = 'cli.user@example.com';
  await sdk.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  await sdk.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: email,
      Password: PASSWORD,
      Permanent: true,
    }),
  );
  const auth = await sdk.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: email, PASSWORD },
    }),
  );
  return {
    poolId,
    clientId,
    accessToken: auth.AuthenticationResult?.AccessToken as string,
    idToken: auth.AuthenticationResult?.IdToken as string,
  };
}

const claimsOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;

describe('npm run emulator', () => {
  const started: RunningCli[] = [];
  afterEach(() => stopAll(started));

  it(
    'with --port 0 listens on a free port, prints it, and starts with no pools',
    async () => {
      const cli = await startCli(['--port', '0'], started);
      expect(cli.url).not.toMatch(/:0$/);
      expect(cli.output()).toContain(`Cognito emulator listening on ${cli.url}`);
      const sdk = sdkFor(cli);

      expect((await sdk.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools).toEqual([]);

      const created = await sdk.send(new CreateUserPoolCommand({ PoolName: 'from-the-api' }));
      expect(created.UserPool?.Id).toMatch(/^us-east-1_[0-9a-zA-Z]+$/);
      const listed = await sdk.send(new ListUserPoolsCommand({ MaxResults: 60 }));
      expect(listed.UserPools?.map((p) => [p.Id, p.Name])).toEqual([
        [created.UserPool?.Id, 'from-the-api'],
      ]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'stops on Ctrl-C (SIGINT to its process group) and frees its port',
    async () => {
      const cli = await startCli(['--port', '0'], started);
      expect(await stop(cli.child, 'SIGINT')).toBe('exited');
      await expect(fetch(`${cli.url}/`, { method: 'POST' })).rejects.toThrow();
    },
    TEST_TIMEOUT_MS,
  );
});

describe('npm run emulator -- --port N --issuer-base URL', () => {
  // One child for these tests (npm + tsx + pool keys take seconds); stopped even if they fail.
  const started: RunningCli[] = [];
  let cli: RunningCli | undefined;
  let issuerBase = '';
  let seeded: Awaited<ReturnType<typeof seedAndSignIn>>;
  beforeAll(async () => {
    // The issuer is the emulator itself, as the local API trusts it: the port must be known first.
    const port = await freePort();
    issuerBase = `http://127.0.0.1:${port}`;
    cli = await startCli(['--port', String(port), '--issuer-base', `${issuerBase}/`], started);
    seeded = await seedAndSignIn(sdkFor(cli));
  }, TEST_TIMEOUT_MS);
  afterAll(() => stopAll(started));

  it('listens on exactly port N', () => {
    expect(cli?.url).toBe(issuerBase);
  });

  it('signs tokens for that issuer, and they verify against its JWKS', async () => {
    const { poolId, clientId, accessToken, idToken } = seeded;
    const issuer = `${issuerBase}/${poolId}`;
    expect(claimsOf(accessToken).iss).toBe(issuer);
    expect(claimsOf(idToken).iss).toBe(issuer);

    // Discovery names the same issuer and where its keys are.
    const discovery = (await (
      await fetch(`${issuer}/.well-known/openid-configuration`)
    ).json()) as { issuer: string; jwks_uri: string };
    expect(discovery).toMatchObject({ issuer, jwks_uri: `${issuer}/.well-known/jwks.json` });
    const jwks = (await (await fetch(discovery.jwks_uri)).json()) as Jwks;

    const access = JwtVerifier.create({ issuer, jwksUri: discovery.jwks_uri, audience: null });
    access.cacheJwks(jwks);
    await expect(access.verify(accessToken)).resolves.toMatchObject({
      iss: issuer,
      token_use: 'access',
      client_id: clientId,
    });
    const id = JwtVerifier.create({ issuer, jwksUri: discovery.jwks_uri, audience: clientId });
    id.cacheJwks(jwks);
    await expect(id.verify(idToken)).resolves.toMatchObject({
      iss: issuer,
      token_use: 'id',
      email: 'cli.user@example.com',
    });
  });

  it('its tokens are refused by a verifier that expects the AWS issuer', async () => {
    const { poolId, accessToken } = seeded;
    const jwksUri = `${issuerBase}/${poolId}/.well-known/jwks.json`;
    const jwks = (await (await fetch(jwksUri)).json()) as Jwks;
    const aws = JwtVerifier.create({
      issuer: `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`,
      jwksUri,
      audience: null,
    });
    aws.cacheJwks(jwks);
    await expect(aws.verify(accessToken)).rejects.toBeInstanceOf(JwtInvalidIssuerError);
  });
});
