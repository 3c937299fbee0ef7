import { App, Aws } from 'aws-cdk-lib';
import { PriceClass } from 'aws-cdk-lib/aws-cloudfront';
import { describe, expect, it } from 'vitest';
import {
  parseStackSettings,
  readSettingsContext,
  type SettingsContext,
  StackSettingsError,
} from '../lib/stack-settings.ts';
import { FULL_CONTEXT, MINIMAL_CONTEXT } from './support/site-stack-fixtures.ts';

/** The problems parseStackSettings reports for `context`, or a failure if it accepts it. */
function problemsFor(context: SettingsContext, env: Record<string, string> = {}): string[] {
  try {
    parseStackSettings(context, env);
  } catch (error) {
    if (error instanceof StackSettingsError) return [...error.problems];
    throw error;
  }
  throw new Error('parseStackSettings accepted the context');
}

describe('parseStackSettings', () => {
  it('fills defaults around the two required values', () => {
    expect(parseStackSettings(MINIMAL_CONTEXT)).toEqual({
      stackName: 'CognitoSpa',
      region: 'eu-west-1',
      apiUrl: 'https://api.example.com',
      environmentName: 'production',
      priceClass: PriceClass.PRICE_CLASS_100,
      smsMfa: false,
    });
  });

  it('turns SMS MFA on only when asked', () => {
    expect(parseStackSettings({ ...MINIMAL_CONTEXT, smsMfa: 'true' }).smsMfa).toBe(true);
    expect(parseStackSettings({ ...MINIMAL_CONTEXT, smsMfa: true }).smsMfa).toBe(true);
    expect(parseStackSettings({ ...MINIMAL_CONTEXT, smsMfa: 'false' }).smsMfa).toBe(false);
    expect(parseStackSettings({ ...MINIMAL_CONTEXT, smsMfa: '' }).smsMfa).toBe(false);
    expect(() => parseStackSettings({ ...MINIMAL_CONTEXT, smsMfa: 'yes' })).toThrow(
      /smsMfa: must be "true" or "false" \(got "yes"\)/,
    );
  });

  it('reads every option', () => {
    expect(parseStackSettings(FULL_CONTEXT)).toEqual({
      stackName: 'CognitoSpaStaging',
      region: 'eu-west-1',
      apiUrl: 'https://api.example.com/v1',
      environmentName: 'staging',
      priceClass: PriceClass.PRICE_CLASS_200,
      smsMfa: false,
      customDomain: {
        domainName: 'app.example.com',
        certificateArn: FULL_CONTEXT.certificateArn,
      },
      federation: {
        hostedDomainPrefix: 'example-spa',
        hostedDomain: 'example-spa.auth.eu-west-1.amazoncognito.com',
        google: {
          clientId: '1234-abc.apps.googleusercontent.com',
          clientSecretName: 'cognito-spa/google-client-secret',
        },
      },
      ses: { fromEmail: 'no-reply@example.com', verifiedDomain: 'example.com' },
    });
  });

  it('takes the region from CDK_DEFAULT_REGION when the context has none, context first', () => {
    const { apiUrl } = MINIMAL_CONTEXT;
    expect(parseStackSettings({ apiUrl }, { CDK_DEFAULT_REGION: 'us-west-2' }).region).toBe(
      'us-west-2',
    );
    expect(parseStackSettings(MINIMAL_CONTEXT, { CDK_DEFAULT_REGION: 'us-west-2' }).region).toBe(
      'eu-west-1',
    );
  });

  it('treats empty strings as not set (an unset CI variable)', () => {
    const settings = parseStackSettings({
      ...MINIMAL_CONTEXT,
      domainName: '',
      certificateArn: ' ',
      sesFromEmail: '',
      priceClass: '',
    });
    expect(settings.customDomain).toBeUndefined();
    expect(settings.ses).toBeUndefined();
    expect(settings.priceClass).toBe(PriceClass.PRICE_CLASS_100);
  });

  it('leaves apiUrl out when none is given (the stack deploys its own API), or it is empty', () => {
    expect(parseStackSettings({ region: 'eu-west-1' })).not.toHaveProperty('apiUrl');
    expect(parseStackSettings({ region: 'eu-west-1', apiUrl: ' ' })).not.toHaveProperty('apiUrl');
  });

  it('keeps SES region and domain optional', () => {
    const ses = parseStackSettings({
      ...MINIMAL_CONTEXT,
      sesFromEmail: 'auth@mail.example.com',
      sesRegion: 'eu-central-1',
    }).ses;
    expect(ses).toEqual({ fromEmail: 'auth@mail.example.com', region: 'eu-central-1' });
  });

  it('lists every problem at once in one error', () => {
    const error = (() => {
      try {
        parseStackSettings({ apiUrl: 'http://api.example.com', priceClass: 'cheap' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(StackSettingsError);
    const { problems, message } = error as StackSettingsError;
    expect(problems).toEqual([
      'region: is required (context "region" or CDK_DEFAULT_REGION)',
      'apiUrl: must use https (got "http:")',
      'priceClass: must be one of PriceClass_100, PriceClass_200, PriceClass_All (got "cheap")',
    ]);
    for (const problem of problems) expect(message).toContain(`  - ${problem}`);
    expect(message).toMatch(/^Invalid CDK context \(3 problems\)/);
  });

  it.each<[string, SettingsContext, string]>([
    ['an apiUrl that is no URL', { apiUrl: 'api.example.com' }, 'apiUrl: must be an absolute'],
    [
      'credentials in apiUrl',
      { apiUrl: 'https://user:pw@api.example.com' },
      'apiUrl: must not contain credentials',
    ],
    ['a region of the wrong shape', { region: 'Europe' }, 'region: must be an AWS region'],
    ['a token for the region', { region: Aws.REGION }, 'region: must be a concrete value'],
    ['a value that is no string', { stackName: 42 }, 'stackName: must be a string (got number)'],
    ['a bad stack name', { stackName: '1-stack' }, 'stackName: must be a CloudFormation'],
    ['whitespace in environmentName', { environmentName: 'prod eu' }, 'environmentName: must be'],
    [
      'a domain without certificate',
      { domainName: 'app.example.com' },
      'certificateArn: is required',
    ],
    [
      'a certificate without domain',
      { certificateArn: FULL_CONTEXT.certificateArn },
      'domainName: is required with certificateArn',
    ],
    [
      'a certificate outside us-east-1',
      {
        domainName: 'app.example.com',
        certificateArn: FULL_CONTEXT.certificateArn.replace('us-east-1', 'eu-west-1'),
      },
      'certificateArn: must be a certificate in us-east-1',
    ],
    ['something else than a certificate ARN', { certificateArn: 'abc' }, 'certificateArn: must be'],
    ['an upper-case domain', { domainName: 'App.Example.com' }, 'domainName: must be a lowercase'],
    [
      'a domain too long for a passkey id',
      { domainName: `${'a'.repeat(60)}.example.com`, certificateArn: FULL_CONTEXT.certificateArn },
      'domainName: must be at most 63 characters',
    ],
    [
      'a hosted domain without identity provider',
      { hostedDomainPrefix: 'example-spa' },
      'hostedDomainPrefix: needs an identity provider',
    ],
    [
      'Google without the hosted domain',
      {
        googleClientId: FULL_CONTEXT.googleClientId,
        googleClientSecretName: FULL_CONTEXT.googleClientSecretName,
      },
      'hostedDomainPrefix: is required for Google sign-in',
    ],
    [
      'a Google client id without secret',
      { googleClientId: FULL_CONTEXT.googleClientId },
      'googleClientSecretName: is required with googleClientId',
    ],
    [
      'a Google secret without client id',
      { googleClientSecretName: 'google' },
      'googleClientId: is required with googleClientSecretName',
    ],
    ['a malformed Google client id', { googleClientId: 'abc' }, 'googleClientId: must be'],
    [
      'a reserved word in the prefix',
      { ...FULL_CONTEXT, hostedDomainPrefix: 'my-cognito-app' },
      'hostedDomainPrefix: must not contain "cognito"',
    ],
    ['an invalid prefix', { hostedDomainPrefix: '-Spa' }, 'hostedDomainPrefix: must be'],
    ['an invalid sender', { sesFromEmail: 'no-reply' }, 'sesFromEmail: must be an email'],
    [
      'a sender outside the verified domain',
      { sesFromEmail: 'no-reply@other.example', sesVerifiedDomain: 'example.com' },
      'sesFromEmail: must be an address at sesVerifiedDomain "example.com"',
    ],
    [
      'an SES domain without sender',
      { sesVerifiedDomain: 'example.com' },
      'sesVerifiedDomain: needs',
    ],
    ['an SES region without sender', { sesRegion: 'eu-west-1' }, 'sesRegion: needs sesFromEmail'],
    ['a bad SES region', { sesFromEmail: 'a@example.com', sesRegion: 'eu' }, 'sesRegion: must be'],
  ])('rejects %s', (_, overrides, expected) => {
    const problems = problemsFor({ ...MINIMAL_CONTEXT, ...overrides });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
});

describe('readSettingsContext', () => {
  it('reads the known keys from the app context and nothing else', () => {
    const app = new App({
      context: { ...MINIMAL_CONTEXT, '@aws-cdk/core:checkSecretUsage': true },
    });
    const context = readSettingsContext(app.node);
    expect(context.apiUrl).toBe('https://api.example.com');
    expect(context.region).toBe('eu-west-1');
    expect(context.domainName).toBeUndefined();
    expect(Object.keys(context)).not.toContain('@aws-cdk/core:checkSecretUsage');
  });
});
