import { randomBytes } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminForgetDeviceCommand,
  AdminGetDeviceCommand,
  AdminGetUserCommand,
  AdminListDevicesCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateDeviceStatusCommand,
  AdminUpdateUserAttributesCommand,
  ChangePasswordCommand,
  ConfirmDeviceCommand,
  ConfirmForgotPasswordCommand,
  CreateUserPoolCommand,
  DeleteUserCommand,
  DescribeUserPoolCommand,
  ForgetDeviceCommand,
  ForgotPasswordCommand,
  GetDeviceCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  GetUserPoolMfaConfigCommand,
  InitiateAuthCommand,
  ListDevicesCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  UpdateDeviceStatusCommand,
  UpdateUserAttributesCommand,
  UpdateUserPoolCommand,
  VerifyUserAttributeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPool,
  attributesOf,
  claimsOf,
  closePools,
  codeFor,
  createConfirmedUser,
  expectServiceError,
  NEW_PASSWORD,
  PASSWORD,
  passwordSignIn,
  startPools,
  uniqueEmail,
} from './support/sdk-helpers.ts';
import type { TestPool } from './support/stack.ts';

const HISTORY = 'PasswordHistoryPolicyViolationException';
const STRICT = {
  MinimumLength: 8,
  RequireLowercase: true,
  RequireUppercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

/** The account-center pool, set up as seed.ts and the CDK stack set it up. */
let t: TestPool;
/** The same without AttributesRequireVerificationBeforeUpdate and password history, LEGACY errors. */
let plain: TestPool;
beforeAll(async () => {
  [t] = await startPools([
    {
      UserPoolTier: 'ESSENTIALS',
      Policies: { PasswordPolicy: { ...STRICT, PasswordHistorySize: 2 } },
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      MfaConfiguration: 'OPTIONAL',
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: true,
      },
    },
  ]);
  await t.sdk.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: t.poolId,
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: true },
      SmsMfaConfiguration: {
        SmsAuthenticationMessage: 'Your code is {####}',
        SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::000000000000:role/sms' },
      },
    }),
  );
  plain = await addPool(t, {}, { PreventUserExistenceErrors: 'LEGACY' });
});
afterAll(async () => {
  await closePools(t);
});

/** What a client's ConfirmDevice carries; any salt and non-zero verifier will do here. */
const verifierConfig = () => ({
  Salt: randomBytes(16).toString('base64'),
  PasswordVerifier: randomBytes(32).toString('base64'),
});

const changePassword = (AccessToken: string, PreviousPassword: string, ProposedPassword: string) =>
  t.sdk.send(new ChangePasswordCommand({ AccessToken, PreviousPassword, ProposedPassword }));

describe('password history (PasswordPolicy.PasswordHistorySize)', () => {
  it('round-trips through CreateUserPool, UpdateUserPool and DescribeUserPool; 0 is not shown', async () => {
    const described = await t.sdk.send(new DescribeUserPoolCommand({ UserPoolId: t.poolId }));
    expect(described.UserPool?.Policies?.PasswordPolicy).toMatchObject({ PasswordHistorySize: 2 });
    expect(described.UserPool?.UserPoolTier).toBe('ESSENTIALS');

    const extra = await addPool(t, { Policies: { PasswordPolicy: { PasswordHistorySize: 0 } } });
    const none = await t.sdk.send(new DescribeUserPoolCommand({ UserPoolId: extra.poolId }));
    expect(none.UserPool?.Policies?.PasswordPolicy).not.toHaveProperty('PasswordHistorySize');
    await t.sdk.send(
      new UpdateUserPoolCommand({
        UserPoolId: extra.poolId,
        Policies: { PasswordPolicy: { ...STRICT, PasswordHistorySize: 24 } },
      }),
    );
    const updated = await t.sdk.send(new DescribeUserPoolCommand({ UserPoolId: extra.poolId }));
    expect(updated.UserPool?.Policies?.PasswordPolicy?.PasswordHistorySize).toBe(24);
  });

  it('needs the Essentials tier or higher, and 0 to 24', async () => {
    await expectServiceError(
      t.sdk.send(
        new CreateUserPoolCommand({
          PoolName: 'lite',
          UserPoolTier: 'LITE',
          Policies: { PasswordPolicy: { PasswordHistorySize: 5 } },
        }),
      ),
      'FeatureUnavailableInTierException',
    );
    await expectServiceError(
      t.sdk.send(
        new CreateUserPoolCommand({
          PoolName: 'too-long',
          Policies: { PasswordPolicy: { PasswordHistorySize: 25 } },
        }),
      ),
      'InvalidParameterException',
    );
  });

  it('ChangePassword refuses the current and the previous password, and accepts an older one', async () => {
    const email = uniqueEmail('history');
    await createConfirmedUser(t, email);
    const { AccessToken } = await passwordSignIn(t, email);
    await expectServiceError(changePassword(AccessToken, PASSWORD, PASSWORD), HISTORY);
    await changePassword(AccessToken, PASSWORD, NEW_PASSWORD);
    // History 2: the current password and the one before it are both refused.
    await expectServiceError(changePassword(AccessToken, NEW_PASSWORD, PASSWORD), HISTORY);
    await changePassword(AccessToken, NEW_PASSWORD, 'Third-Passw0rd!');
    await expectServiceError(changePassword(AccessToken, 'Third-Passw0rd!', NEW_PASSWORD), HISTORY);
    // Two changes later the first password has left the history.
    await changePassword(AccessToken, 'Third-Passw0rd!', PASSWORD);
    await passwordSignIn(t, email, PASSWORD);
  });

  it('ConfirmForgotPassword refuses a recent password and keeps the code for another try', async () => {
    const email = uniqueEmail('history-reset');
    await createConfirmedUser(t, email);
    await t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: email }));
    const code = codeFor(t.server.emulator, email, 'FORGOT_PASSWORD');
    const confirm = (Password: string) =>
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: email,
          ConfirmationCode: code,
          Password,
        }),
      );
    await expectServiceError(confirm(PASSWORD), HISTORY);
    await confirm(NEW_PASSWORD);
    await passwordSignIn(t, email, NEW_PASSWORD);
  });

  it('AdminSetUserPassword and NEW_PASSWORD_REQUIRED refuse a recent password', async () => {
    const email = uniqueEmail('history-admin');
    await createConfirmedUser(t, email);
    const set = (Password: string, Permanent: boolean) =>
      t.sdk.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: t.poolId,
          Username: email,
          Password,
          Permanent,
        }),
      );
    await expectServiceError(set(PASSWORD, true), HISTORY);
    await set('Temp-Passw0rd!', false);
    const challenge = await t.sdk.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: t.clientId,
        AuthParameters: { USERNAME: email, PASSWORD: 'Temp-Passw0rd!' },
      }),
    );
    expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    const respond = (NEW_PASSWORD_VALUE: string) =>
      t.sdk.send(
        new RespondToAuthChallengeCommand({
          ClientId: t.clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: challenge.Session,
          ChallengeResponses: { USERNAME: email, NEW_PASSWORD: NEW_PASSWORD_VALUE },
        }),
      );
    await expectServiceError(respond(PASSWORD), HISTORY);
    const done = await respond(NEW_PASSWORD);
    expect(done.AuthenticationResult?.AccessToken).toBeTypeOf('string');
  });

  it('a pool without history accepts the same password again', async () => {
    const email = uniqueEmail('no-history');
    await createConfirmedUser(plain, email);
    const { AccessToken } = await passwordSignIn(plain, email);
    await plain.sdk.send(
      new ChangePasswordCommand({
        AccessToken,
        PreviousPassword: PASSWORD,
        ProposedPassword: PASSWORD,
      }),
    );
  });
});

describe('UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate', () => {
  it('round-trips, must be auto-verified, and UpdateUserPool without it turns it off', async () => {
    const described = await t.sdk.send(new DescribeUserPoolCommand({ UserPoolId: t.poolId }));
    expect(described.UserPool?.UserAttributeUpdateSettings).toEqual({
      AttributesRequireVerificationBeforeUpdate: ['email'],
    });
    await expectServiceError(
      t.sdk.send(
        new CreateUserPoolCommand({
          PoolName: 'not-auto-verified',
          AutoVerifiedAttributes: ['email'],
          UserAttributeUpdateSettings: {
            AttributesRequireVerificationBeforeUpdate: ['phone_number'],
          },
        }),
      ),
      'InvalidParameterException',
    );
    const extra = await addPool(t, {
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
    });
    await t.sdk.send(
      new UpdateUserPoolCommand({ UserPoolId: extra.poolId, AutoVerifiedAttributes: ['email'] }),
    );
    const reset = await t.sdk.send(new DescribeUserPoolCommand({ UserPoolId: extra.poolId }));
    expect(reset.UserPool?.UserAttributeUpdateSettings).toBeUndefined();
  });

  it('keeps the old email active until the code sent to the new one is verified', async () => {
    const oldEmail = uniqueEmail('keep-old');
    const newEmail = uniqueEmail('keep-new');
    const username = await createConfirmedUser(t, oldEmail);
    const { AccessToken } = await passwordSignIn(t, oldEmail);
    const update = await t.sdk.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [
          { Name: 'email', Value: newEmail },
          { Name: 'name', Value: 'Kept Original' },
        ],
      }),
    );
    expect(update.CodeDeliveryDetailsList).toEqual([
      {
        AttributeName: 'email',
        DeliveryMedium: 'EMAIL',
        Destination: expect.stringMatching(/^k\*\*\*@e\*\*\*$/),
      },
    ]);
    const sent = t.server.emulator.outbox().at(-1);
    expect(sent).toMatchObject({ destination: newEmail, medium: 'EMAIL', purpose: 'VERIFY_email' });

    // Meanwhile the old address, still verified, is the one GetUser, AdminGetUser and tokens show.
    const attributes = async () =>
      attributesOf((await t.sdk.send(new GetUserCommand({ AccessToken }))).UserAttributes);
    expect(await attributes()).toMatchObject({
      email: oldEmail,
      email_verified: 'true',
      name: 'Kept Original',
    });
    const admin = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: username }),
    );
    expect(admin.UserAttributes).toContainEqual({ Name: 'email', Value: oldEmail });
    const during = await passwordSignIn(t, oldEmail);
    expect(claimsOf(during.IdToken)).toMatchObject({ email: oldEmail, email_verified: true });
    await expectServiceError(passwordSignIn(t, newEmail), 'NotAuthorizedException');

    // A resend goes to the new address too; a wrong code changes nothing.
    await t.sdk.send(
      new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: 'email' }),
    );
    expect(t.server.emulator.outbox().at(-1)?.destination).toBe(newEmail);
    const code = codeFor(t.server.emulator, newEmail, 'VERIFY_email');
    await expectServiceError(
      t.sdk.send(
        new VerifyUserAttributeCommand({
          AccessToken,
          AttributeName: 'email',
          Code: code === '000000' ? '111111' : '000000',
        }),
      ),
      'CodeMismatchException',
    );
    expect((await attributes()).email).toBe(oldEmail);

    await t.sdk.send(
      new VerifyUserAttributeCommand({ AccessToken, AttributeName: 'email', Code: code }),
    );
    expect(await attributes()).toMatchObject({ email: newEmail, email_verified: 'true' });
    const after = await passwordSignIn(t, newEmail);
    expect(claimsOf(after.IdToken)).toMatchObject({ email: newEmail, email_verified: true });
    await expectServiceError(passwordSignIn(t, oldEmail), 'NotAuthorizedException');
  });

  it('an email another account owns is AliasExistsException, now and at verification', async () => {
    const mine = uniqueEmail('alias-mine');
    const theirs = uniqueEmail('alias-theirs');
    await createConfirmedUser(t, mine);
    await createConfirmedUser(t, theirs);
    const { AccessToken } = await passwordSignIn(t, mine);
    await expectServiceError(
      t.sdk.send(
        new UpdateUserAttributesCommand({
          AccessToken,
          UserAttributes: [{ Name: 'email', Value: theirs }],
        }),
      ),
      'AliasExistsException',
      'An account with the given email already exists.',
    );

    // Taken while the change waited for its code: the code no longer moves the address.
    const later = uniqueEmail('alias-later');
    await t.sdk.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [{ Name: 'email', Value: later }],
      }),
    );
    const code = codeFor(t.server.emulator, later, 'VERIFY_email');
    await t.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: t.poolId,
        Username: later,
        MessageAction: 'SUPPRESS',
      }),
    );
    await expectServiceError(
      t.sdk.send(
        new VerifyUserAttributeCommand({ AccessToken, AttributeName: 'email', Code: code }),
      ),
      'AliasExistsException',
    );
  });

  it('without the setting, a new email is written at once, unverified, and signs in', async () => {
    const oldEmail = uniqueEmail('direct-old');
    const newEmail = uniqueEmail('direct-new');
    await createConfirmedUser(plain, oldEmail);
    const { AccessToken } = await passwordSignIn(plain, oldEmail);
    await plain.sdk.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [{ Name: 'email', Value: newEmail }],
      }),
    );
    const user = await plain.sdk.send(new GetUserCommand({ AccessToken }));
    expect(user.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'email', Value: newEmail },
        { Name: 'email_verified', Value: 'false' },
      ]),
    );
    await passwordSignIn(plain, newEmail);
  });

  it('the app client’s WriteAttributes bound what UpdateUserAttributes may change', async () => {
    const limited = await addPool(t, {}, { WriteAttributes: ['name', 'email'] });
    const email = uniqueEmail('write-limited');
    await createConfirmedUser(limited, email);
    const { AccessToken } = await passwordSignIn(limited, email);
    await limited.sdk.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [{ Name: 'name', Value: 'Ok' }],
      }),
    );
    await expectServiceError(
      limited.sdk.send(
        new UpdateUserAttributesCommand({
          AccessToken,
          UserAttributes: [{ Name: 'phone_number', Value: '+15555550100' }],
        }),
      ),
      'NotAuthorizedException',
      'A client attempted to write unauthorized attribute',
    );
  });

  it('AdminUpdateUserAttributes with email_verified true replaces the address at once', async () => {
    const oldEmail = uniqueEmail('admin-old');
    const newEmail = uniqueEmail('admin-new');
    const username = await createConfirmedUser(t, oldEmail);
    await t.sdk.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: t.poolId,
        Username: username,
        UserAttributes: [
          { Name: 'email', Value: newEmail },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    await passwordSignIn(t, newEmail);
  });
});

describe('SMS MFA', () => {
  it('SetUserPoolMfaConfig with SmsMfaConfiguration shows in GetUserPoolMfaConfig', async () => {
    const config = await t.sdk.send(new GetUserPoolMfaConfigCommand({ UserPoolId: t.poolId }));
    expect(config.SmsMfaConfiguration).toEqual({
      SmsAuthenticationMessage: 'Your code is {####}',
      SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::000000000000:role/sms' },
    });
    expect(config.MfaConfiguration).toBe('OPTIONAL');
  });

  it('needs a phone number; an unverified one is accepted and verified by the first SMS sign-in', async () => {
    const email = uniqueEmail('sms-user');
    const username = await createConfirmedUser(t, email);
    const { AccessToken } = await passwordSignIn(t, email);
    const enableSms = () =>
      t.sdk.send(
        new SetUserMFAPreferenceCommand({
          AccessToken,
          SMSMfaSettings: { Enabled: true, PreferredMfa: true },
        }),
      );
    await expectServiceError(
      enableSms(),
      'InvalidParameterException',
      'User does not have a phone_number set to turn on SMS MFA',
    );
    await expectServiceError(
      t.sdk.send(
        new AdminSetUserMFAPreferenceCommand({
          UserPoolId: t.poolId,
          Username: username,
          SMSMfaSettings: { Enabled: true },
        }),
      ),
      'InvalidParameterException',
    );
    await t.sdk.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [{ Name: 'phone_number', Value: '+15555550142' }],
      }),
    );
    await enableSms();
    const user = await t.sdk.send(new GetUserCommand({ AccessToken }));
    expect(user.PreferredMfaSetting).toBe('SMS_MFA');
    expect(user.UserMFASettingList).toEqual(['SMS_MFA']);

    const challenge = await t.sdk.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: t.clientId,
        AuthParameters: { USERNAME: email, PASSWORD },
      }),
    );
    expect(challenge.ChallengeName).toBe('SMS_MFA');
    expect(challenge.ChallengeParameters).toMatchObject({
      CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
      CODE_DELIVERY_DESTINATION: '+*******0142',
    });
    expect(t.server.emulator.outbox().at(-1)).toMatchObject({
      medium: 'SMS',
      destination: '+15555550142',
      purpose: 'MFA_SMS_MFA',
    });
    const done = await t.sdk.send(
      new RespondToAuthChallengeCommand({
        ClientId: t.clientId,
        ChallengeName: 'SMS_MFA',
        Session: challenge.Session,
        ChallengeResponses: {
          USERNAME: username,
          SMS_MFA_CODE: codeFor(t.server.emulator, email, 'MFA_SMS_MFA'),
        },
      }),
    );
    expect(claimsOf(done.AuthenticationResult?.IdToken)).toMatchObject({
      phone_number_verified: true,
    });
  });

  it('GetUserAttributeVerificationCode for phone_number texts the code to the outbox', async () => {
    const email = uniqueEmail('sms-verify');
    await createConfirmedUser(t, email, { phone_number: '+15555550199' });
    const { AccessToken } = await passwordSignIn(t, email);
    const sent = await t.sdk.send(
      new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: 'phone_number' }),
    );
    expect(sent.CodeDeliveryDetails).toEqual({
      AttributeName: 'phone_number',
      DeliveryMedium: 'SMS',
      Destination: '+*******0199',
    });
    expect(t.server.emulator.outbox().at(-1)).toMatchObject({
      medium: 'SMS',
      destination: '+15555550199',
      purpose: 'VERIFY_phone_number',
    });
    await t.sdk.send(
      new VerifyUserAttributeCommand({
        AccessToken,
        AttributeName: 'phone_number',
        Code: codeFor(t.server.emulator, email, 'VERIFY_phone_number'),
      }),
    );
    const user = await t.sdk.send(new GetUserCommand({ AccessToken }));
    expect(user.UserAttributes).toContainEqual({ Name: 'phone_number_verified', Value: 'true' });
  });
});

describe('devices', () => {
  it('ConfirmDevice stores Cognito’s device attributes; list, get, update, forget, and their admin twins', async () => {
    const email = uniqueEmail('devices');
    const username = await createConfirmedUser(t, email);
    const first = await passwordSignIn(t, email);
    const DeviceKey = first.NewDeviceMetadata?.DeviceKey;
    expect(DeviceKey).toMatch(/^us-east-1_[0-9a-f-]{36}$/);
    const confirmed = await t.sdk.send(
      new ConfirmDeviceCommand({
        AccessToken: first.AccessToken,
        DeviceKey,
        DeviceName: 'Firefox on Linux',
        DeviceSecretVerifierConfig: verifierConfig(),
      }),
    );
    expect(confirmed.UserConfirmationNecessary).toBe(true);

    const listed = await t.sdk.send(new ListDevicesCommand({ AccessToken: first.AccessToken }));
    expect(listed.Devices).toHaveLength(1);
    // The HTTP server knows the caller's address: 127.0.0.1 here.
    expect(listed.Devices?.[0]?.DeviceAttributes).toEqual([
      { Name: 'device_status', Value: 'valid' },
      { Name: 'device_name', Value: 'Firefox on Linux' },
      { Name: 'dev:device_remembered_status', Value: 'not_remembered' },
      { Name: 'last_ip_used', Value: '127.0.0.1' },
    ]);
    expect(listed.Devices?.[0]?.DeviceCreateDate).toBeInstanceOf(Date);

    await t.sdk.send(
      new UpdateDeviceStatusCommand({
        AccessToken: first.AccessToken,
        DeviceKey,
        DeviceRememberedStatus: 'remembered',
      }),
    );
    const got = await t.sdk.send(
      new GetDeviceCommand({ AccessToken: first.AccessToken, DeviceKey }),
    );
    expect(got.Device?.DeviceAttributes).toContainEqual({
      Name: 'dev:device_remembered_status',
      Value: 'remembered',
    });
    const admin = { UserPoolId: t.poolId, Username: username };
    const adminListed = await t.sdk.send(new AdminListDevicesCommand(admin));
    expect(adminListed.Devices?.map((d) => d.DeviceKey)).toEqual([DeviceKey]);
    await t.sdk.send(
      new AdminUpdateDeviceStatusCommand({
        ...admin,
        DeviceKey,
        DeviceRememberedStatus: 'not_remembered',
      }),
    );
    const adminGot = await t.sdk.send(new AdminGetDeviceCommand({ ...admin, DeviceKey }));
    expect(adminGot.Device?.DeviceAttributes).toContainEqual({
      Name: 'dev:device_remembered_status',
      Value: 'not_remembered',
    });

    // Error cases: a bad status, an unknown key.
    await expectServiceError(
      t.sdk.send(
        new UpdateDeviceStatusCommand({
          AccessToken: first.AccessToken,
          DeviceKey,
          // @ts-expect-error: not a DeviceRememberedStatusType, as a careless client might send
          DeviceRememberedStatus: 'forever',
        }),
      ),
      'InvalidParameterException',
    );
    const unknown = 'us-east-1_00000000-0000-4000-8000-000000000000';
    await expectServiceError(
      t.sdk.send(new GetDeviceCommand({ AccessToken: first.AccessToken, DeviceKey: unknown })),
      'ResourceNotFoundException',
      'Device does not exist.',
    );
    await expectServiceError(
      t.sdk.send(new ForgetDeviceCommand({ AccessToken: first.AccessToken, DeviceKey: unknown })),
      'ResourceNotFoundException',
      'Device does not exist.',
    );
    await expectServiceError(
      t.sdk.send(new AdminGetDeviceCommand({ ...admin, DeviceKey: unknown })),
      'ResourceNotFoundException',
    );

    await t.sdk.send(new ForgetDeviceCommand({ AccessToken: first.AccessToken, DeviceKey }));
    expect(
      (await t.sdk.send(new ListDevicesCommand({ AccessToken: first.AccessToken }))).Devices,
    ).toEqual([]);

    // AdminForgetDevice: a second device, forgotten by the admin.
    const second = await passwordSignIn(t, email);
    const key2 = second.NewDeviceMetadata?.DeviceKey as string;
    await t.sdk.send(
      new ConfirmDeviceCommand({
        AccessToken: second.AccessToken,
        DeviceKey: key2,
        DeviceSecretVerifierConfig: verifierConfig(),
      }),
    );
    await t.sdk.send(new AdminForgetDeviceCommand({ ...admin, DeviceKey: key2 }));
    expect((await t.sdk.send(new AdminListDevicesCommand(admin))).Devices).toEqual([]);
  });
});

describe('deleting a user', () => {
  it('DeleteUser: old tokens answer UserNotFoundException; sign-in fails per PreventUserExistenceErrors', async () => {
    const enabled = uniqueEmail('delete-enabled');
    await createConfirmedUser(t, enabled);
    const tokens = await passwordSignIn(t, enabled);
    const other = await passwordSignIn(t, enabled);
    await t.sdk.send(new DeleteUserCommand({ AccessToken: tokens.AccessToken }));
    for (const AccessToken of [tokens.AccessToken, other.AccessToken]) {
      await expectServiceError(
        t.sdk.send(new GetUserCommand({ AccessToken })),
        'UserNotFoundException',
        'User does not exist.',
      );
    }
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: t.clientId,
          RefreshToken: other.RefreshToken,
        }),
      ),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectServiceError(
      passwordSignIn(t, enabled),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );

    const legacy = uniqueEmail('delete-legacy');
    await createConfirmedUser(plain, legacy);
    const mine = await passwordSignIn(plain, legacy);
    await plain.sdk.send(new DeleteUserCommand({ AccessToken: mine.AccessToken }));
    await expectServiceError(
      passwordSignIn(plain, legacy),
      'UserNotFoundException',
      'User does not exist.',
    );
  });

  it('AdminDeleteUser: the same for every token family of the user', async () => {
    const email = uniqueEmail('admin-delete');
    await createConfirmedUser(plain, email);
    const a = await passwordSignIn(plain, email);
    const b = await passwordSignIn(plain, email);
    await plain.sdk.send(new AdminDeleteUserCommand({ UserPoolId: plain.poolId, Username: email }));
    for (const AccessToken of [a.AccessToken, b.AccessToken]) {
      await expectServiceError(
        plain.sdk.send(new GetUserCommand({ AccessToken })),
        'UserNotFoundException',
        'User does not exist.',
      );
    }
    await expectServiceError(
      plain.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: plain.clientId,
          RefreshToken: b.RefreshToken,
        }),
      ),
      'UserNotFoundException',
    );
    await expectServiceError(
      passwordSignIn(plain, email),
      'UserNotFoundException',
      'User does not exist.',
    );
  });
});
