import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminResetUserPasswordCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetGroupCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  GetUserPoolMfaConfigCommand,
  InitiateAuthCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
  RespondToAuthChallengeCommand,
  SetUserPoolMfaConfigCommand,
  SignUpCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPool,
  claimsOf,
  codeFor,
  createConfirmedUser,
  expectServiceError,
  NEW_PASSWORD,
  PASSWORD,
  passwordSignIn,
  uniqueEmail,
} from './support/sdk-helpers.ts';
import { startTestPool, type TestPool } from './support/stack.ts';

let shared: TestPool;
beforeAll(async () => {
  shared = await startTestPool();
});
afterAll(async () => {
  await shared.close();
});
/** The file's shared pool (one emulator, one RSA key pair per pool: pools are not free). */
const pool = async (): Promise<TestPool> => shared;
/** A pool of its own, on the same emulator. */
const freshPool = (
  poolInput?: Parameters<typeof addPool>[1],
  clientInput?: Parameters<typeof addPool>[2],
) => addPool(shared, poolInput, clientInput);

describe('CreateUserPool / DescribeUserPool', () => {
  it('stores and describes password policy, MFA, aliases, auto-verification, devices and custom schema', async () => {
    const t = await pool();
    const created = await t.sdk.send(
      new CreateUserPoolCommand({
        PoolName: 'full',
        Policies: {
          PasswordPolicy: {
            MinimumLength: 10,
            RequireUppercase: false,
            RequireLowercase: true,
            RequireNumbers: true,
            RequireSymbols: false,
            TemporaryPasswordValidityDays: 3,
          },
        },
        MfaConfiguration: 'OPTIONAL',
        AliasAttributes: ['email', 'preferred_username'],
        AutoVerifiedAttributes: ['email'],
        DeviceConfiguration: {
          ChallengeRequiredOnNewDevice: true,
          DeviceOnlyRememberedOnUserPrompt: true,
        },
        Schema: [
          { Name: 'tenant', AttributeDataType: 'String', Mutable: true },
          { Name: 'level', AttributeDataType: 'Number', Mutable: false },
        ],
        UsernameConfiguration: { CaseSensitive: false },
      }),
    );
    const id = created.UserPool?.Id as string;
    expect(id).toMatch(/^us-east-1_[0-9a-zA-Z]+$/);

    const { UserPool } = await t.sdk.send(new DescribeUserPoolCommand({ UserPoolId: id }));
    expect(UserPool).toMatchObject({
      Id: id,
      Name: 'full',
      Arn: `arn:aws:cognito-idp:us-east-1:000000000000:userpool/${id}`,
      MfaConfiguration: 'OPTIONAL',
      AliasAttributes: ['email', 'preferred_username'],
      UsernameAttributes: [],
      AutoVerifiedAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: true,
      },
      Policies: {
        PasswordPolicy: {
          MinimumLength: 10,
          RequireUppercase: false,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: false,
          TemporaryPasswordValidityDays: 3,
        },
      },
    });
    expect(UserPool?.CreationDate).toBeInstanceOf(Date);
    expect(UserPool?.SchemaAttributes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Name: 'custom:tenant',
          AttributeDataType: 'String',
          Mutable: true,
        }),
        expect.objectContaining({
          Name: 'custom:level',
          AttributeDataType: 'Number',
          Mutable: false,
        }),
      ]),
    );

    // The policy is enforced: no uppercase or symbol needed, but 10 characters are.
    const { User } = await t.sdk.send(
      new AdminCreateUserCommand({ UserPoolId: id, Username: 'alice', MessageAction: 'SUPPRESS' }),
    );
    expect(User?.Username).toBe('alice');
    await expectServiceError(
      t.sdk.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: id,
          Username: 'alice',
          Password: 'short1a',
          Permanent: true,
        }),
      ),
      'InvalidPasswordException',
      'Password did not conform with policy: Password not long enough',
    );
    await expectServiceError(
      t.sdk.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: id,
          Username: 'alice',
          Password: 'NOLOWERCASE123',
          Permanent: true,
        }),
      ),
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have lowercase characters',
    );
    await t.sdk.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: id,
        Username: 'alice',
        Password: 'plainpass42',
        Permanent: true,
      }),
    );
  });

  it('rejects UsernameAttributes together with AliasAttributes', async () => {
    const t = await pool();
    await expectServiceError(
      t.sdk.send(
        new CreateUserPoolCommand({
          PoolName: 'x',
          UsernameAttributes: ['email'],
          AliasAttributes: ['email'],
        }),
      ),
      'InvalidParameterException',
      'UsernameAttributes and AliasAttributes cannot both be set.',
    );
  });

  it('UsernameAttributes email: the username is a UUID and the email signs in', async () => {
    const t = await pool();
    const email = uniqueEmail('uuid');
    const username = await createConfirmedUser(t, email);
    expect(username).toMatch(/^[0-9a-f-]{36}$/);
    const tokens = await passwordSignIn(t, email);
    expect(claimsOf(tokens.AccessToken).username).toBe(username);
    expect(claimsOf(tokens.IdToken)).toMatchObject({
      'cognito:username': username,
      email,
      sub: username,
    });
    await expectServiceError(
      t.sdk.send(new AdminCreateUserCommand({ UserPoolId: t.poolId, Username: 'not-an-email' })),
      'InvalidParameterException',
      'Username should be an email.',
    );
  });

  it('AliasAttributes email: a verified email is an alias for the username', async () => {
    const t = await freshPool({ UsernameAttributes: [], AliasAttributes: ['email'] });
    const username = await createConfirmedUser(t, 'bob', {
      email: 'bob@example.com',
      email_verified: 'true',
    });
    expect(username).toBe('bob');
    const viaAlias = await passwordSignIn(t, 'bob@example.com');
    expect(claimsOf(viaAlias.AccessToken).username).toBe('bob');
    const viaName = await passwordSignIn(t, 'BOB');
    expect(claimsOf(viaName.AccessToken).username).toBe('bob');

    // An unverified email is not an alias.
    await createConfirmedUser(t, 'carol', { email: 'carol@example.com', email_verified: 'false' });
    await expectServiceError(
      passwordSignIn(t, 'carol@example.com'),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });
});

describe('app clients', () => {
  it('creates, describes and updates flows, token validity, rotation and existence errors', async () => {
    const t = await pool();
    const { UserPoolClient } = await t.sdk.send(
      new CreateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientName: 'mobile',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        AccessTokenValidity: 5,
        IdTokenValidity: 10,
        RefreshTokenValidity: 2,
        TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'hours' },
        RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
        PreventUserExistenceErrors: 'LEGACY',
        EnableTokenRevocation: true,
      }),
    );
    const clientId = UserPoolClient?.ClientId as string;
    expect(clientId).toMatch(/^[a-z0-9]{26}$/);
    const described = await t.sdk.send(
      new DescribeUserPoolClientCommand({ UserPoolId: t.poolId, ClientId: clientId }),
    );
    expect(described.UserPoolClient).toMatchObject({
      UserPoolId: t.poolId,
      ClientId: clientId,
      ClientName: 'mobile',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AccessTokenValidity: 5,
      IdTokenValidity: 10,
      RefreshTokenValidity: 2,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'hours' },
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
      PreventUserExistenceErrors: 'LEGACY',
      EnableTokenRevocation: true,
    });
    expect(described.UserPoolClient?.CreationDate).toBeInstanceOf(Date);

    // The validity reaches the tokens.
    const email = uniqueEmail('validity');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email, PASSWORD, clientId);
    expect(tokens.ExpiresIn).toBe(300);
    const access = claimsOf(tokens.AccessToken);
    const id = claimsOf(tokens.IdToken);
    expect((access.exp as number) - (access.iat as number)).toBe(300);
    expect((id.exp as number) - (id.iat as number)).toBe(600);
    // Refresh tokens last two hours.
    t.server.emulator.advanceClock(2 * 3600 + 1);
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: clientId,
          RefreshToken: tokens.RefreshToken,
        }),
      ),
      'NotAuthorizedException',
      'Refresh Token has expired',
    );

    // A flow the client does not allow.
    await expectServiceError(
      t.sdk.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_AUTH',
          ClientId: clientId,
          AuthParameters: { USERNAME: email },
        }),
      ),
      'InvalidParameterException',
      'USER_AUTH flow not enabled for this client',
    );

    const updated = await t.sdk.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientId: clientId,
        ClientName: 'mobile-2',
        ExplicitAuthFlows: [
          'ALLOW_USER_AUTH',
          'ALLOW_USER_PASSWORD_AUTH',
          'ALLOW_REFRESH_TOKEN_AUTH',
        ],
        AccessTokenValidity: 1,
        TokenValidityUnits: { AccessToken: 'hours' },
        PreventUserExistenceErrors: 'ENABLED',
      }),
    );
    expect(updated.UserPoolClient).toMatchObject({
      ClientName: 'mobile-2',
      ExplicitAuthFlows: [
        'ALLOW_USER_AUTH',
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
      AccessTokenValidity: 1,
      PreventUserExistenceErrors: 'ENABLED',
    });
    const again = await t.sdk.send(
      new DescribeUserPoolClientCommand({ UserPoolId: t.poolId, ClientId: clientId }),
    );
    expect(again.UserPoolClient?.TokenValidityUnits?.AccessToken).toBe('hours');
    const later = await passwordSignIn(t, email, PASSWORD, clientId);
    expect(later.ExpiresIn).toBe(3600);

    await expectServiceError(
      t.sdk.send(
        new CreateUserPoolClientCommand({
          UserPoolId: t.poolId,
          ClientName: 'bad',
          RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 61 },
        }),
      ),
      'InvalidParameterException',
      'RetryGracePeriodSeconds must be between 0 and 60',
    );
    await expectServiceError(
      t.sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: t.poolId, ClientId: 'nope' })),
      'ResourceNotFoundException',
      'User pool client nope does not exist.',
    );
  });
});

describe('groups', () => {
  it('creates and lists groups; membership shows up in both tokens', async () => {
    const t = await pool();
    const { Group } = await t.sdk.send(
      new CreateGroupCommand({
        UserPoolId: t.poolId,
        GroupName: 'admins',
        Description: 'Admins',
        Precedence: 1,
      }),
    );
    expect(Group).toMatchObject({
      GroupName: 'admins',
      Description: 'Admins',
      Precedence: 1,
      UserPoolId: t.poolId,
    });
    expect(Group?.CreationDate).toBeInstanceOf(Date);
    await t.sdk.send(new CreateGroupCommand({ UserPoolId: t.poolId, GroupName: 'readers' }));
    await expectServiceError(
      t.sdk.send(new CreateGroupCommand({ UserPoolId: t.poolId, GroupName: 'admins' })),
      'GroupExistsException',
      'A group with the name already exists.',
    );
    const { Groups } = await t.sdk.send(new ListGroupsCommand({ UserPoolId: t.poolId }));
    expect(Groups?.map((g) => g.GroupName)).toEqual(['admins', 'readers']);
    const got = await t.sdk.send(
      new GetGroupCommand({ UserPoolId: t.poolId, GroupName: 'readers' }),
    );
    expect(got.Group?.GroupName).toBe('readers');

    const email = uniqueEmail('grouped');
    const username = await createConfirmedUser(t, email);
    const before = await passwordSignIn(t, email);
    expect(claimsOf(before.AccessToken)['cognito:groups']).toBeUndefined();

    await t.sdk.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: t.poolId,
        Username: email,
        GroupName: 'admins',
      }),
    );
    await t.sdk.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: t.poolId,
        Username: username,
        GroupName: 'readers',
      }),
    );
    const forUser = await t.sdk.send(
      new AdminListGroupsForUserCommand({ UserPoolId: t.poolId, Username: username }),
    );
    expect(forUser.Groups?.map((g) => g.GroupName)).toEqual(['admins', 'readers']);
    const after = await passwordSignIn(t, email);
    expect(claimsOf(after.AccessToken)['cognito:groups']).toEqual(['admins', 'readers']);
    expect(claimsOf(after.IdToken)['cognito:groups']).toEqual(['admins', 'readers']);

    await t.sdk.send(
      new AdminRemoveUserFromGroupCommand({
        UserPoolId: t.poolId,
        Username: username,
        GroupName: 'admins',
      }),
    );
    const refreshed = await t.sdk.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: t.clientId,
        RefreshToken: after.RefreshToken,
      }),
    );
    expect(claimsOf(refreshed.AuthenticationResult?.AccessToken)['cognito:groups']).toEqual([
      'readers',
    ]);

    await expectServiceError(
      t.sdk.send(
        new AdminAddUserToGroupCommand({
          UserPoolId: t.poolId,
          Username: username,
          GroupName: 'ghosts',
        }),
      ),
      'ResourceNotFoundException',
      'Group not found.',
    );
  });
});

describe('admin user lifecycle', () => {
  it('AdminCreateUser sends an invitation with the temporary password; sign-in answers NEW_PASSWORD_REQUIRED', async () => {
    const t = await pool();
    const email = uniqueEmail('invited');
    const { User } = await t.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: t.poolId,
        Username: email,
        TemporaryPassword: 'Temp-Passw0rd!',
        DesiredDeliveryMediums: ['EMAIL'],
        UserAttributes: [
          { Name: 'email_verified', Value: 'true' },
          { Name: 'name', Value: 'Ivy' },
        ],
      }),
    );
    expect(User).toMatchObject({ Enabled: true, UserStatus: 'FORCE_CHANGE_PASSWORD' });
    expect(User?.Attributes).toEqual(
      expect.arrayContaining([
        { Name: 'email', Value: email },
        { Name: 'name', Value: 'Ivy' },
      ]),
    );
    const invitations = t.server.emulator
      .outbox({ username: email })
      .filter((e) => e.purpose === 'INVITATION');
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({
      userPoolId: t.poolId,
      username: User?.Username,
      destination: email,
      medium: 'EMAIL',
      code: 'Temp-Passw0rd!',
    });

    const first = await t.sdk.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: t.clientId,
        AuthParameters: { USERNAME: email, PASSWORD: 'Temp-Passw0rd!' },
      }),
    );
    expect(first.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(first.Session).toBeTypeOf('string');
    expect(first.ChallengeParameters?.USER_ID_FOR_SRP).toBe(User?.Username);
    expect(JSON.parse(first.ChallengeParameters?.requiredAttributes ?? 'null')).toEqual([]);
    expect(JSON.parse(first.ChallengeParameters?.userAttributes ?? 'null')).toMatchObject({
      email,
      email_verified: 'true',
      name: 'Ivy',
    });
    await expectServiceError(
      t.sdk.send(
        new RespondToAuthChallengeCommand({
          ClientId: t.clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: first.Session,
          ChallengeResponses: { USERNAME: email, NEW_PASSWORD: 'weak' },
        }),
      ),
      'InvalidPasswordException',
      'Password did not conform with policy: Password not long enough',
    );
    const done = await t.sdk.send(
      new RespondToAuthChallengeCommand({
        ClientId: t.clientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: first.Session,
        ChallengeResponses: { USERNAME: email, NEW_PASSWORD, 'userAttributes.name': 'Ivy Two' },
      }),
    );
    expect(claimsOf(done.AuthenticationResult?.IdToken).name).toBe('Ivy Two');
    const got = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email }),
    );
    expect(got.UserStatus).toBe('CONFIRMED');
    await passwordSignIn(t, email, NEW_PASSWORD);

    // SUPPRESS sends nothing.
    const quiet = uniqueEmail('quiet');
    await t.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: t.poolId,
        Username: quiet,
        TemporaryPassword: 'Temp-Passw0rd!',
        DesiredDeliveryMediums: ['EMAIL'],
        MessageAction: 'SUPPRESS',
      }),
    );
    expect(t.server.emulator.outbox({ username: quiet })).toEqual([]);
    await expectServiceError(
      t.sdk.send(new AdminCreateUserCommand({ UserPoolId: t.poolId, Username: quiet })),
      'UsernameExistsException',
      'User account already exists',
    );
  });

  it('AdminSetUserPassword Permanent true confirms; Permanent false forces a new password', async () => {
    const t = await pool();
    const email = uniqueEmail('setpw');
    await t.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: t.poolId,
        Username: email,
        MessageAction: 'SUPPRESS',
      }),
    );
    await t.sdk.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: t.poolId,
        Username: email,
        Password: PASSWORD,
        Permanent: true,
      }),
    );
    expect(
      (await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email })))
        .UserStatus,
    ).toBe('CONFIRMED');
    await passwordSignIn(t, email);

    await t.sdk.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: t.poolId,
        Username: email,
        Password: NEW_PASSWORD,
        Permanent: false,
      }),
    );
    expect(
      (await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email })))
        .UserStatus,
    ).toBe('FORCE_CHANGE_PASSWORD');
    const out = await t.sdk.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: t.clientId,
        AuthParameters: { USERNAME: email, PASSWORD: NEW_PASSWORD },
      }),
    );
    expect(out.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(out.AuthenticationResult).toBeUndefined();
  });

  it('AdminConfirmSignUp confirms an UNCONFIRMED user once', async () => {
    const t = await pool();
    const email = uniqueEmail('adminconfirm');
    await t.sdk.send(
      new SignUpCommand({ ClientId: t.clientId, Username: email, Password: PASSWORD }),
    );
    await t.sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: t.poolId, Username: email }));
    const got = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email }),
    );
    expect(got.UserStatus).toBe('CONFIRMED');
    await passwordSignIn(t, email);
    await expectServiceError(
      t.sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: t.poolId, Username: email })),
      'NotAuthorizedException',
      'User cannot be confirmed. Current status is CONFIRMED',
    );
  });

  it('AdminGetUser returns the user with epoch dates, attributes and MFA settings', async () => {
    const t = await pool();
    const email = uniqueEmail('getme');
    const username = await createConfirmedUser(t, email, { name: 'Gina' });
    const got = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email }),
    );
    expect(got).toMatchObject({ Username: username, Enabled: true, UserStatus: 'CONFIRMED' });
    expect(got.UserCreateDate).toBeInstanceOf(Date);
    // Epoch seconds on the wire: the SDK turns them into the emulator's (possibly advanced) now.
    expect(Math.abs((got.UserCreateDate as Date).getTime() - t.server.emulator.now())).toBeLessThan(
      60_000,
    );
    expect(got.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'sub', Value: username },
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'name', Value: 'Gina' },
      ]),
    );
    expect(got.UserMFASettingList).toBeUndefined();
    await expectServiceError(
      t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'nobody@example.com' })),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectServiceError(
      t.sdk.send(new AdminGetUserCommand({ UserPoolId: 'us-east-1_Missing1', Username: email })),
      'ResourceNotFoundException',
      'User pool us-east-1_Missing1 does not exist.',
    );
  });

  it('AdminDisableUser stops sign-in and refresh; AdminEnableUser restores sign-in', async () => {
    const t = await pool();
    const email = uniqueEmail('disabled');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email);
    await t.sdk.send(new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: email }));
    expect(
      (await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email })))
        .Enabled,
    ).toBe(false);
    await expectServiceError(
      passwordSignIn(t, email),
      'NotAuthorizedException',
      'User is disabled.',
    );
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: t.clientId,
          RefreshToken: tokens.RefreshToken,
        }),
      ),
      'NotAuthorizedException',
      'User is disabled.',
    );
    await expectServiceError(
      t.sdk.send(
        new InitiateAuthCommand({
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          ClientId: t.clientId,
          AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
        }),
      ),
      'NotAuthorizedException',
      'User is disabled.',
    );
    // Cognito revokes the access tokens of a disabled user.
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
    // A wrong password is still just a wrong password.
    await expectServiceError(
      passwordSignIn(t, email, 'Wrong-Passw0rd!'),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );

    await t.sdk.send(new AdminEnableUserCommand({ UserPoolId: t.poolId, Username: email }));
    const again = await passwordSignIn(t, email);
    expect(
      (await t.sdk.send(new GetUserCommand({ AccessToken: again.AccessToken }))).Username,
    ).toBeTypeOf('string');
    // The tokens issued before the user was disabled stay revoked.
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: t.clientId,
          RefreshToken: tokens.RefreshToken,
        }),
      ),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
  });

  it('AdminResetUserPassword forces a reset through ForgotPassword codes', async () => {
    const t = await pool();
    const email = uniqueEmail('reset');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email);
    await t.sdk.send(new AdminResetUserPasswordCommand({ UserPoolId: t.poolId, Username: email }));
    expect(
      (await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email })))
        .UserStatus,
    ).toBe('RESET_REQUIRED');
    await expectServiceError(
      passwordSignIn(t, email),
      'PasswordResetRequiredException',
      'Password reset required for the user',
    );
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
    const code = codeFor(t.server.emulator, email, 'FORGOT_PASSWORD');
    await t.sdk.send(
      new ConfirmForgotPasswordCommand({
        ClientId: t.clientId,
        Username: email,
        ConfirmationCode: code,
        Password: NEW_PASSWORD,
      }),
    );
    expect(
      (await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email })))
        .UserStatus,
    ).toBe('CONFIRMED');
    await passwordSignIn(t, email, NEW_PASSWORD);
    await expectServiceError(
      passwordSignIn(t, email, PASSWORD),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });

  it('AdminUserGlobalSignOut revokes every access and refresh token of the user', async () => {
    const t = await pool();
    const email = uniqueEmail('adminsignout');
    await createConfirmedUser(t, email);
    const a = await passwordSignIn(t, email);
    const b = await passwordSignIn(t, email);
    await t.sdk.send(new AdminUserGlobalSignOutCommand({ UserPoolId: t.poolId, Username: email }));
    for (const tokens of [a, b]) {
      await expectServiceError(
        t.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
        'NotAuthorizedException',
        'Access Token has been revoked',
      );
      await expectServiceError(
        t.sdk.send(
          new GetTokensFromRefreshTokenCommand({
            ClientId: t.clientId,
            RefreshToken: tokens.RefreshToken,
          }),
        ),
        'NotAuthorizedException',
        'Refresh Token has been revoked',
      );
    }
    const fresh = await passwordSignIn(t, email);
    await t.sdk.send(new GetUserCommand({ AccessToken: fresh.AccessToken }));
  });

  it('AdminDeleteUser removes the user', async () => {
    const t = await pool();
    const email = uniqueEmail('deleted');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email);
    await t.sdk.send(new AdminDeleteUserCommand({ UserPoolId: t.poolId, Username: email }));
    await expectServiceError(
      t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email })),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectServiceError(
      passwordSignIn(t, email),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: t.clientId,
          RefreshToken: tokens.RefreshToken,
        }),
      ),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectServiceError(
      t.sdk.send(new AdminDeleteUserCommand({ UserPoolId: t.poolId, Username: email })),
      'UserNotFoundException',
      'User does not exist.',
    );
  });
});

describe('pool and client lifecycle', () => {
  it('UpdateUserPool, ListUserPools, ListUserPoolClients, DeleteUserPoolClient, DeleteUserPool', async () => {
    const t = await freshPool();
    await t.sdk.send(
      new UpdateUserPoolCommand({
        UserPoolId: t.poolId,
        Policies: {
          PasswordPolicy: {
            MinimumLength: 12,
            RequireUppercase: true,
            RequireLowercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          },
        },
        AutoVerifiedAttributes: [],
      }),
    );
    const { UserPool } = await t.sdk.send(new DescribeUserPoolCommand({ UserPoolId: t.poolId }));
    expect(UserPool?.Policies?.PasswordPolicy?.MinimumLength).toBe(12);
    expect(UserPool?.AutoVerifiedAttributes).toEqual([]);
    const email = uniqueEmail('policy');
    await t.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: t.poolId,
        Username: email,
        MessageAction: 'SUPPRESS',
      }),
    );
    await expectServiceError(
      t.sdk.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: t.poolId,
          Username: email,
          Password: PASSWORD,
          Permanent: true,
        }),
      ),
      'InvalidPasswordException',
      'Password did not conform with policy: Password not long enough',
    );

    const pools = await t.sdk.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    expect(pools.UserPools?.find((p) => p.Id === t.poolId)).toMatchObject({ Name: 'extra' });
    const clients = await t.sdk.send(new ListUserPoolClientsCommand({ UserPoolId: t.poolId }));
    expect(clients.UserPoolClients).toEqual([
      { ClientId: t.clientId, ClientName: 'web', UserPoolId: t.poolId },
    ]);

    await t.sdk.send(
      new DeleteUserPoolClientCommand({ UserPoolId: t.poolId, ClientId: t.clientId }),
    );
    await expectServiceError(
      t.sdk.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: t.clientId,
          AuthParameters: { USERNAME: email, PASSWORD },
        }),
      ),
      'ResourceNotFoundException',
      `User pool client ${t.clientId} does not exist.`,
    );
    await t.sdk.send(new DeleteUserPoolCommand({ UserPoolId: t.poolId }));
    await expectServiceError(
      t.sdk.send(new DescribeUserPoolCommand({ UserPoolId: t.poolId })),
      'ResourceNotFoundException',
      `User pool ${t.poolId} does not exist.`,
    );
    const after = await t.sdk.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    expect(after.UserPools?.some((p) => p.Id === t.poolId)).toBe(false);
    expect(t.server.emulator.jwks(t.poolId)).toBeUndefined();
  });

  it('AdminUpdateUserAttributes: new values reach the ID token; a changed email is unverified', async () => {
    const t = await freshPool({
      Schema: [{ Name: 'tenant', AttributeDataType: 'String', Mutable: true }],
    });
    const email = uniqueEmail('adminattrs');
    const username = await createConfirmedUser(t, email);
    const first = await passwordSignIn(t, email);
    await t.sdk.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: t.poolId,
        Username: email,
        UserAttributes: [
          { Name: 'name', Value: 'Zed' },
          { Name: 'custom:tenant', Value: 'acme' },
        ],
      }),
    );
    const refreshed = await t.sdk.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: t.clientId,
        RefreshToken: first.RefreshToken,
      }),
    );
    expect(claimsOf(refreshed.AuthenticationResult?.IdToken)).toMatchObject({
      name: 'Zed',
      'custom:tenant': 'acme',
      email_verified: true,
    });

    const moved = uniqueEmail('adminattrs-moved');
    await t.sdk.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: t.poolId,
        Username: username,
        UserAttributes: [{ Name: 'email', Value: moved }],
      }),
    );
    const attrs = async () =>
      Object.fromEntries(
        (
          (await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: username })))
            .UserAttributes ?? []
        ).map((a) => [a.Name, a.Value]),
      );
    expect(await attrs()).toMatchObject({ email: moved, email_verified: 'false' });
    // An admin can mark it verified in the same kind of call.
    await t.sdk.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: t.poolId,
        Username: username,
        UserAttributes: [{ Name: 'email_verified', Value: 'true' }],
      }),
    );
    expect((await attrs()).email_verified).toBe('true');
    await expectServiceError(
      t.sdk.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: t.poolId,
          Username: username,
          UserAttributes: [{ Name: 'custom:nope', Value: 'x' }],
        }),
      ),
      'InvalidParameterException',
      'Attribute does not exist in the schema: custom:nope',
    );
  });
});

describe('ListUsers', () => {
  it('filters with = and ^= and paginates', async () => {
    const t = await freshPool();
    const team = ['team-a@example.com', 'team-b@example.com', 'team-c@example.com'];
    for (const email of [...team, 'solo@example.com', 'other@example.org'])
      await createConfirmedUser(t, email);

    const exact = await t.sdk.send(
      new ListUsersCommand({ UserPoolId: t.poolId, Filter: 'email = "solo@example.com"' }),
    );
    expect(exact.Users).toHaveLength(1);
    expect(exact.Users?.[0]?.Attributes).toEqual(
      expect.arrayContaining([{ Name: 'email', Value: 'solo@example.com' }]),
    );
    expect(exact.PaginationToken).toBeUndefined();

    const prefix = await t.sdk.send(
      new ListUsersCommand({ UserPoolId: t.poolId, Filter: 'email ^= "team-"' }),
    );
    expect(
      prefix.Users?.map((u) => u.Attributes?.find((a) => a.Name === 'email')?.Value).sort(),
    ).toEqual(team);

    const none = await t.sdk.send(
      new ListUsersCommand({ UserPoolId: t.poolId, Filter: 'email = "nobody@example.com"' }),
    );
    expect(none.Users).toEqual([]);

    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await t.sdk.send(
        new ListUsersCommand({ UserPoolId: t.poolId, Limit: 2, PaginationToken: token }),
      );
      expect(page.Users?.length).toBeLessThanOrEqual(2);
      seen.push(...(page.Users ?? []).map((u) => u.Username as string));
      token = page.PaginationToken;
      pages += 1;
    } while (token);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);

    await t.sdk.send(
      new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: 'solo@example.com' }),
    );
    const disabled = await t.sdk.send(
      new ListUsersCommand({ UserPoolId: t.poolId, Filter: 'status = "Disabled"' }),
    );
    expect(disabled.Users).toHaveLength(1);
    expect(disabled.Users?.[0]?.Enabled).toBe(false);

    await expectServiceError(
      t.sdk.send(new ListUsersCommand({ UserPoolId: t.poolId, Filter: 'email contains "x"' })),
      'InvalidParameterException',
      'Invalid filter',
    );
  });
});

describe('pool MFA config', () => {
  it('SetUserPoolMfaConfig / GetUserPoolMfaConfig round-trip', async () => {
    const t = await freshPool();
    const before = await t.sdk.send(new GetUserPoolMfaConfigCommand({ UserPoolId: t.poolId }));
    expect(before.MfaConfiguration).toBe('OFF');
    expect(before.SoftwareTokenMfaConfiguration).toEqual({ Enabled: false });

    const set = await t.sdk.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: t.poolId,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    expect(set).toMatchObject({
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    const after = await t.sdk.send(new GetUserPoolMfaConfigCommand({ UserPoolId: t.poolId }));
    expect(after).toMatchObject({
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    const described = await t.sdk.send(new DescribeUserPoolCommand({ UserPoolId: t.poolId }));
    expect(described.UserPool?.MfaConfiguration).toBe('OPTIONAL');

    await expectServiceError(
      t.sdk.send(
        new SetUserPoolMfaConfigCommand({
          UserPoolId: t.poolId,
          MfaConfiguration: 'SOMETIMES' as 'ON',
        }),
      ),
      'InvalidParameterException',
      'Invalid MfaConfiguration',
    );
  });

  it('admin operations are signed by the SDK and any signature is accepted', async () => {
    const t = await pool();
    const other = new CognitoIdentityProviderClient({
      region: 'us-east-1',
      endpoint: t.server.url,
      credentials: { accessKeyId: 'AKIDSOMEONEELSE', secretAccessKey: 'not-the-same-secret' },
      maxAttempts: 1,
    });
    try {
      const { UserPool } = await other.send(new DescribeUserPoolCommand({ UserPoolId: t.poolId }));
      expect(UserPool?.Id).toBe(t.poolId);
    } finally {
      other.destroy();
    }
  });
});
