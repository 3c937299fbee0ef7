import {
  type CognitoIdentityClient,
  CreateIdentityPoolCommand,
  DeleteIdentityPoolCommand,
  DescribeIdentityPoolCommand,
  GetIdentityPoolRolesCommand,
  ListIdentityPoolsCommand,
  SetIdentityPoolRolesCommand,
  UpdateIdentityPoolCommand,
} from '@aws-sdk/client-cognito-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTHENTICATED_ROLE,
  createIdentityPool,
  GUEST_ROLE,
  identityClient,
  providerOf,
} from './support/identity-pool.ts';
import { expectServiceError } from './support/sdk-helpers.ts';
import { startTestPool, type TestPool } from './support/stack.ts';

let t: TestPool;
let identity: CognitoIdentityClient;

beforeAll(async () => {
  t = await startTestPool();
  identity = identityClient(t.server.url);
});

afterAll(async () => {
  identity?.destroy();
  await t?.close();
});

describe('identity pool management over the AWS SDK', () => {
  it('creates, describes, updates, lists and deletes an identity pool', async () => {
    const provider = {
      ProviderName: providerOf(t.poolId),
      ClientId: t.clientId,
      ServerSideTokenCheck: true,
    };
    const created = await identity.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: 'files pool',
        AllowUnauthenticatedIdentities: false,
        CognitoIdentityProviders: [provider],
        IdentityPoolTags: { team: 'web' },
      }),
    );
    const id = created.IdentityPoolId as string;
    expect(id).toMatch(/^us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(created).toMatchObject({
      IdentityPoolName: 'files pool',
      AllowUnauthenticatedIdentities: false,
      CognitoIdentityProviders: [provider],
      IdentityPoolTags: { team: 'web' },
    });

    const described = await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: id }));
    expect(described).toMatchObject({ IdentityPoolId: id, CognitoIdentityProviders: [provider] });

    // Update sets the whole configuration: what it leaves out is gone.
    const updated = await identity.send(
      new UpdateIdentityPoolCommand({
        IdentityPoolId: id,
        IdentityPoolName: 'files-renamed',
        AllowUnauthenticatedIdentities: true,
      }),
    );
    expect(updated).toMatchObject({
      IdentityPoolName: 'files-renamed',
      AllowUnauthenticatedIdentities: true,
    });
    expect(updated.CognitoIdentityProviders).toBeUndefined();

    const listed = await identity.send(new ListIdentityPoolsCommand({ MaxResults: 60 }));
    expect(listed.IdentityPools).toContainEqual({
      IdentityPoolId: id,
      IdentityPoolName: 'files-renamed',
    });

    await identity.send(new DeleteIdentityPoolCommand({ IdentityPoolId: id }));
    await expectServiceError(
      identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: id })),
      'ResourceNotFoundException',
      `IdentityPool '${id}' not found.`,
    );
  });

  it('pages ListIdentityPools with NextToken and bounds MaxResults to 1-60', async () => {
    await createIdentityPool(identity, t, { IdentityPoolName: 'page-a' });
    await createIdentityPool(identity, t, { IdentityPoolName: 'page-b' });
    const first = await identity.send(new ListIdentityPoolsCommand({ MaxResults: 1 }));
    expect(first.IdentityPools).toHaveLength(1);
    expect(first.NextToken).toBeTypeOf('string');
    const second = await identity.send(
      new ListIdentityPoolsCommand({ MaxResults: 1, NextToken: first.NextToken }),
    );
    expect(second.IdentityPools?.[0]?.IdentityPoolId).not.toBe(
      first.IdentityPools?.[0]?.IdentityPoolId,
    );
    await expectServiceError(
      identity.send(new ListIdentityPoolsCommand({ MaxResults: 61 })),
      'InvalidParameterException',
      "1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
  });

  it('sets and gets the roles, refusing a role kind Cognito does not have', async () => {
    const id = await createIdentityPool(identity, t, {}, {});
    expect(
      await identity.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: id })),
    ).toMatchObject({
      IdentityPoolId: id,
      Roles: {},
    });
    await identity.send(
      new SetIdentityPoolRolesCommand({
        IdentityPoolId: id,
        Roles: { authenticated: AUTHENTICATED_ROLE, unauthenticated: GUEST_ROLE },
      }),
    );
    const roles = await identity.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: id }));
    expect(roles.Roles).toEqual({ authenticated: AUTHENTICATED_ROLE, unauthenticated: GUEST_ROLE });
    await expectServiceError(
      identity.send(
        new SetIdentityPoolRolesCommand({
          IdentityPoolId: id,
          Roles: { admin: AUTHENTICATED_ROLE },
        }),
      ),
      'InvalidParameterException',
      /Invalid role type: admin/,
    );
  });

  it('validates names, ids, the guest flag and providers as the API model does', async () => {
    await expectServiceError(
      identity.send(
        new CreateIdentityPoolCommand({
          IdentityPoolName: 'files/pool',
          AllowUnauthenticatedIdentities: false,
        }),
      ),
      'InvalidParameterException',
      "1 validation error detected: Value 'files/pool' at 'identityPoolName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+",
    );
    await expectServiceError(
      identity.send(
        new CreateIdentityPoolCommand({
          IdentityPoolName: 'files',
          AllowUnauthenticatedIdentities: undefined as unknown as boolean,
        }),
      ),
      'InvalidParameterException',
      "1 validation error detected: Value null at 'allowUnauthenticatedIdentities' failed to satisfy constraint: Member must not be null",
    );
    await expectServiceError(
      identity.send(
        new CreateIdentityPoolCommand({
          IdentityPoolName: 'files',
          AllowUnauthenticatedIdentities: false,
          CognitoIdentityProviders: [{ ProviderName: t.poolId, ClientId: t.clientId }],
        }),
      ),
      'InvalidParameterException',
      `Invalid Cognito Identity Provider ProviderName: ${t.poolId}`,
    );
    await expectServiceError(
      identity.send(
        new CreateIdentityPoolCommand({
          IdentityPoolName: 'files',
          AllowUnauthenticatedIdentities: false,
          CognitoIdentityProviders: [
            { ProviderName: providerOf(t.poolId), ClientId: 'bad client' },
          ],
        }),
      ),
      'InvalidParameterException',
      /at 'cognitoIdentityProviders.1.member.clientId' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
    await expectServiceError(
      identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: 'not-a-pool' })),
      'InvalidParameterException',
      "1 validation error detected: Value 'not-a-pool' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+",
    );
  });

  it('gives a seeded pool the stable id its tag asks for, once', async () => {
    const wanted = 'us-east-1:00000000-0000-4000-8000-000000000001';
    const id = await createIdentityPool(identity, t, {
      IdentityPoolTags: { 'cognito-local:identity-pool-id': wanted },
    });
    expect(id).toBe(wanted);
    await expectServiceError(
      createIdentityPool(identity, t, {
        IdentityPoolTags: { 'cognito-local:identity-pool-id': wanted },
      }),
      'ResourceConflictException',
    );
  });
});
