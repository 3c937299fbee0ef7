import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../../src/lib/config/types.ts';
import { validateConfig } from '../../src/lib/config/validate-config.ts';
import { appEndpoints, buildAppConfig } from '../lib/app-config.ts';
import { PASSWORD_POLICY } from '../lib/sign-in-options.ts';
import { parseStackSettings, type SettingsContext } from '../lib/stack-settings.ts';
import {
  FEDERATED_CONTEXT,
  FULL_CONTEXT,
  MINIMAL_CONTEXT,
  SMS_CONTEXT,
} from './support/site-stack-fixtures.ts';

/** Concrete stand-ins for the pool and client ids the stack only knows as tokens. */
const IDS = { userPoolId: 'eu-west-1_AbCdEf123', userPoolClientId: '1example23456789abcdefghij' };

const configFor = (context: SettingsContext) => buildAppConfig(parseStackSettings(context), IDS);

/** Every key of AppConfig the stack writes (all but cognitoEndpoint). */
const KEYS: (keyof AppConfig)[] = [
  'region',
  'userPoolId',
  'userPoolClientId',
  'apiUrl',
  'signInFlow',
  'tokenStorage',
  'environmentName',
  'usernameAttribute',
  'signUpAttributes',
  'passwordPolicy',
  'mfaTypes',
  'passwordless',
  'editableAttributes',
  'rememberDevices',
  'locales',
  'defaultLocale',
];

describe('buildAppConfig', () => {
  it.each([
    ['without the optional context', MINIMAL_CONTEXT],
    ['with federation only', FEDERATED_CONTEXT],
    ['with every option', FULL_CONTEXT],
  ])('passes the app’s own validateConfig %s, unchanged and with no unknown keys', (_, context) => {
    const config = configFor(context);
    expect(validateConfig(config)).toEqual({ ok: true, config, unknownKeys: [] });
  });

  it('writes exactly the AppConfig keys, oauth only with a hosted domain', () => {
    expect(Object.keys(configFor(MINIMAL_CONTEXT))).toEqual(KEYS);
    expect(Object.keys(configFor(FULL_CONTEXT))).toEqual([...KEYS, 'oauth']);
  });

  it('describes the production pool without SES', () => {
    expect(configFor(MINIMAL_CONTEXT)).toEqual({
      region: 'eu-west-1',
      ...IDS,
      apiUrl: 'https://api.example.com',
      signInFlow: 'choice',
      tokenStorage: 'local',
      environmentName: 'production',
      usernameAttribute: 'email',
      signUpAttributes: ['name'],
      passwordPolicy: PASSWORD_POLICY,
      mfaTypes: ['TOTP'],
      passwordless: ['WEB_AUTHN'],
      editableAttributes: ['name', 'given_name', 'family_name', 'phone_number', 'locale'],
      rememberDevices: 'opt-in',
      locales: ['en', 'es', 'de'],
      defaultLocale: 'en',
    });
  });

  it('offers SMS codes only when the stack opts in to SMS', () => {
    expect(configFor(SMS_CONTEXT).mfaTypes).toEqual(['TOTP', 'SMS']);
    expect(configFor({ ...FULL_CONTEXT, smsMfa: 'true' }).mfaTypes).toEqual([
      'TOTP',
      'EMAIL',
      'SMS',
    ]);
    expect(validateConfig(configFor(SMS_CONTEXT))).toMatchObject({ ok: true });
  });

  it('offers the email factors and the hosted domain when configured', () => {
    const config = configFor(FULL_CONTEXT);
    expect(config.mfaTypes).toEqual(['TOTP', 'EMAIL']);
    expect(config.passwordless).toEqual(['EMAIL_OTP', 'WEB_AUTHN']);
    expect(config.environmentName).toBe('staging');
    expect(config.oauth).toEqual({
      domain: 'example-spa.auth.eu-west-1.amazoncognito.com',
      providers: ['Google'],
      scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
    });
  });

  it('never points the app at another Cognito endpoint in production', () => {
    expect(configFor(FULL_CONTEXT)).not.toHaveProperty('cognitoEndpoint');
  });

  it('writes the endpoints the CSP is built from, value for value', () => {
    for (const context of [MINIMAL_CONTEXT, FULL_CONTEXT]) {
      const settings = parseStackSettings(context);
      const { region, apiUrl, oauth } = buildAppConfig(settings, IDS);
      expect(appEndpoints(settings)).toEqual({ region, apiUrl, ...(oauth && { oauth }) });
    }
  });
});
