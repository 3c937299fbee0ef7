import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { EDITABLE_ATTRIBUTES } from '../lib/app-config.ts';
import { PASSWORD_HISTORY_SIZE, PASSWORD_POLICY } from '../lib/sign-in-options.ts';
import {
  logicalId,
  onlyResource,
  SMS_CONTEXT,
  type SynthesizedSite,
  synthSite,
  synthVariants,
  type TemplateJson,
} from './support/site-stack-fixtures.ts';

// Synthesized once per variant; every test below reads these.
const { minimal, federated, full } = synthVariants();

/** The properties of the one resource of `type`. */
const only = (site: SynthesizedSite, type: string): TemplateJson =>
  onlyResource(site, type).Properties;

const pool = (site: SynthesizedSite) => only(site, 'AWS::Cognito::UserPool');
/** Roles Cognito's user pool assumes (to send texts); the identity pool's role is not one. */
const userPoolRoles = (site: SynthesizedSite): TemplateJson[] =>
  Object.values(site.template.findResources('AWS::IAM::Role'))
    .map((role) => role.Properties)
    .filter((role) => JSON.stringify(role.AssumeRolePolicyDocument).includes('cognito-idp'));
const client = (site: SynthesizedSite) => only(site, 'AWS::Cognito::UserPoolClient');
const distributionDomain = (site: SynthesizedSite) => ({
  'Fn::GetAtt': [logicalId(site.stack, site.stack.hosting.distribution), 'DomainName'],
});

describe.each([
  ['minimal', minimal],
  ['federated', federated],
  ['full', full],
] as const)('user pool (%s)', (_, site) => {
  it('signs in and up by email, asks for the name, and recovers by email only', () => {
    expect(pool(site)).toMatchObject({
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    });
    expect(pool(site).Schema).toContainEqual({ Name: 'name', Required: true, Mutable: true });
  });

  it('enforces the password policy config.json shows', () => {
    expect(pool(site).Policies.PasswordPolicy).toMatchObject({
      MinimumLength: PASSWORD_POLICY.minLength,
      RequireLowercase: PASSWORD_POLICY.requireLowercase,
      RequireUppercase: PASSWORD_POLICY.requireUppercase,
      RequireNumbers: PASSWORD_POLICY.requireNumbers,
      RequireSymbols: PASSWORD_POLICY.requireSymbols,
    });
    expect(PASSWORD_POLICY).toEqual({
      minLength: 10,
      requireLowercase: true,
      requireUppercase: true,
      requireNumbers: true,
      requireSymbols: true,
    });
    expect(site.stack.appConfig.passwordPolicy).toEqual(PASSWORD_POLICY);
  });

  it('refuses the last passwords again (history needs the Essentials plan it is on)', () => {
    expect(pool(site).Policies.PasswordPolicy.PasswordHistorySize).toBe(PASSWORD_HISTORY_SIZE);
    expect(PASSWORD_HISTORY_SIZE).toBe(5);
    expect(pool(site).UserPoolTier).toBe('ESSENTIALS');
  });

  it('keeps the old email until the new one is verified', () => {
    expect(pool(site).UserAttributeUpdateSettings).toEqual({
      AttributesRequireVerificationBeforeUpdate: ['email'],
    });
  });

  it('is on the Essentials plan with optional TOTP MFA, passkeys and device tracking', () => {
    expect(pool(site)).toMatchObject({
      UserPoolTier: 'ESSENTIALS',
      MfaConfiguration: 'OPTIONAL',
      WebAuthnUserVerification: 'preferred',
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: true,
      },
    });
    expect(pool(site).EnabledMfas).toContain('SOFTWARE_TOKEN_MFA');
    expect(pool(site).EnabledMfas).not.toContain('SMS_MFA');
    expect(pool(site).Policies.SignInPolicy.AllowedFirstAuthFactors).toEqual(
      expect.arrayContaining(['PASSWORD', 'WEB_AUTHN']),
    );
    // Nothing goes by SMS, so there is no SNS role.
    expect(userPoolRoles(site)).toEqual([]);
  });

  it('survives a stack deletion', () => {
    site.template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }),
    });
  });

  it('has a public app client with SRP and choice-based sign-in only', () => {
    const props = client(site);
    expect(props).toMatchObject({
      GenerateSecret: false,
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 30 * 24 * 60,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
      AuthSessionValidity: 5,
    });
    // With rotation on, refreshing goes through GetTokensFromRefreshToken; the
    // REFRESH_TOKEN_AUTH flow does not work with rotation, so it is not allowed.
    expect([...props.ExplicitAuthFlows].sort()).toEqual(['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH']);
  });

  it('lets users write what config.json lists as editable, and their email', () => {
    expect([...client(site).WriteAttributes].sort()).toEqual(
      [...EDITABLE_ATTRIBUTES, 'email'].sort(),
    );
    expect(site.stack.appConfig.editableAttributes).toEqual(EDITABLE_ATTRIBUTES);
    expect(site.stack.appConfig.rememberDevices).toBe('opt-in');
    // Without ReadAttributes the client reads every attribute.
    expect(client(site)).not.toHaveProperty('ReadAttributes');
  });

  it('has the admin group', () => {
    site.template.hasResourceProperties('AWS::Cognito::UserPoolGroup', {
      GroupName: 'admin',
      UserPoolId: { Ref: logicalId(site.stack, site.stack.auth.userPool) },
    });
  });
});

describe('without SES', () => {
  it('keeps the email factors off and sends through Cognito', () => {
    expect(pool(minimal)).toMatchObject({
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } },
      EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
    });
    expect(minimal.stack.appConfig.mfaTypes).toEqual(['TOTP']);
    expect(minimal.stack.appConfig.passwordless).toEqual(['WEB_AUTHN']);
  });
});

describe('with SES', () => {
  it('sends through SES and offers email MFA and email sign-in codes', () => {
    expect(pool(full)).toMatchObject({
      EnabledMfas: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'],
      Policies: {
        SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] },
      },
      EmailConfiguration: {
        EmailSendingAccount: 'DEVELOPER',
        From: 'no-reply@example.com',
        SourceArn: {
          'Fn::Join': [
            '',
            ['arn:aws:ses:eu-west-1:', { Ref: 'AWS::AccountId' }, ':identity/example.com'],
          ],
        },
      },
    });
    expect(full.stack.appConfig.mfaTypes).toEqual(['TOTP', 'EMAIL']);
    expect(full.stack.appConfig.passwordless).toEqual(['EMAIL_OTP', 'WEB_AUTHN']);
  });
});

describe('with SMS MFA opted in', () => {
  const sms = synthSite(SMS_CONTEXT);

  it('enables SMS MFA with an SNS role Cognito assumes, and config.json offers it', () => {
    expect(pool(sms).EnabledMfas).toEqual(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
    expect(pool(sms).SmsConfiguration).toMatchObject({
      ExternalId: expect.any(String),
      SnsCallerArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] },
    });
    const [role, ...more] = userPoolRoles(sms);
    expect(more).toEqual([]);
    expect(role.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({
        Action: 'sts:AssumeRole',
        Principal: { Service: 'cognito-idp.amazonaws.com' },
        Condition: { StringEquals: { 'sts:ExternalId': pool(sms).SmsConfiguration.ExternalId } },
      }),
    ]);
    expect(sms.stack.appConfig.mfaTypes).toEqual(['TOTP', 'SMS']);
  });

  it('is off by default: no SMS MFA, no role', () => {
    expect(pool(minimal).EnabledMfas).not.toContain('SMS_MFA');
    expect(pool(minimal)).not.toHaveProperty('SmsConfiguration');
  });
});

describe('passkey relying party', () => {
  it('is the distribution’s domain without a custom domain', () => {
    expect(pool(minimal).WebAuthnRelyingPartyID).toEqual(distributionDomain(minimal));
  });

  it('is the custom domain when there is one', () => {
    expect(pool(full).WebAuthnRelyingPartyID).toBe('app.example.com');
  });
});

describe('without a hosted domain', () => {
  it('has no OAuth, no domain and no identity provider', () => {
    expect(client(minimal)).toMatchObject({
      AllowedOAuthFlowsUserPoolClient: false,
      SupportedIdentityProviders: ['COGNITO'],
    });
    expect(client(minimal)).not.toHaveProperty('CallbackURLs');
    expect(client(minimal)).not.toHaveProperty('AllowedOAuthFlows');
    minimal.template.resourceCountIs('AWS::Cognito::UserPoolDomain', 0);
    minimal.template.resourceCountIs('AWS::Cognito::UserPoolIdentityProvider', 0);
  });
});

describe('with federated sign-in', () => {
  const scopes = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];

  it('adds the prefix domain with the classic hosted UI', () => {
    expect(only(full, 'AWS::Cognito::UserPoolDomain')).toMatchObject({
      Domain: 'example-spa',
      ManagedLoginVersion: 1,
    });
    expect(full.stack.appConfig.oauth?.domain).toBe('example-spa.auth.eu-west-1.amazoncognito.com');
  });

  it('adds Google with the secret read from Secrets Manager at deploy time', () => {
    expect(only(full, 'AWS::Cognito::UserPoolIdentityProvider')).toEqual({
      UserPoolId: { Ref: logicalId(full.stack, full.stack.auth.userPool) },
      ProviderName: 'Google',
      ProviderType: 'Google',
      ProviderDetails: {
        client_id: '1234-abc.apps.googleusercontent.com',
        client_secret:
          '{{resolve:secretsmanager:cognito-spa/google-client-secret:SecretString:::}}',
        authorize_scopes: 'openid email profile',
      },
      AttributeMapping: { email: 'email', email_verified: 'email_verified', name: 'name' },
    });
  });

  it('allows the authorization-code grant only, back to the app’s own routes', () => {
    const props = client(full);
    const [googleId] = Object.keys(
      full.template.findResources('AWS::Cognito::UserPoolIdentityProvider'),
    );
    expect(props).toMatchObject({
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      CallbackURLs: ['https://app.example.com/auth/callback'],
      LogoutURLs: ['https://app.example.com/sign-in?reason=signed-out'],
      // The provider by reference: its name, and a dependency on it.
      SupportedIdentityProviders: ['COGNITO', { Ref: googleId }],
    });
    expect(only(full, 'AWS::Cognito::UserPoolIdentityProvider').ProviderName).toBe('Google');
    expect([...props.AllowedOAuthScopes].sort()).toEqual([...scopes].sort());
    expect(full.stack.appConfig.oauth?.scopes).toEqual(scopes);
    expect(full.stack.appConfig.oauth?.providers).toEqual(['Google']);
  });

  it('returns to the distribution’s domain without a custom domain', () => {
    const join = (path: string) => ({
      'Fn::Join': ['', ['https://', distributionDomain(federated), path]],
    });
    expect(client(federated)).toMatchObject({
      CallbackURLs: [join('/auth/callback')],
      LogoutURLs: [join('/sign-in?reason=signed-out')],
    });
  });

  it('creates the client after the provider it names', () => {
    const [clientId, clientResource] = Object.entries(
      full.template.findResources('AWS::Cognito::UserPoolClient'),
    )[0] as [string, { DependsOn?: string[] }];
    const [providerId] = Object.keys(
      full.template.findResources('AWS::Cognito::UserPoolIdentityProvider'),
    );
    expect(clientId).toBeTruthy();
    expect(clientResource.DependsOn).toContain(providerId);
  });
});
