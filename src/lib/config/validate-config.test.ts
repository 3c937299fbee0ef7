import { describe, expect, it } from 'vitest';
import { describeProblem } from './describe-problem';
import { problemInEnglish } from './problem-in-english';
import type { ConfigProblem } from './types';
import { validateConfig } from './validate-config';

// What is wrong, without the key it is said of: "must be a string (got 3)".
const englishOf = (problem: ConfigProblem) =>
  problemInEnglish(problem).slice(problem.key.length + 1);

const valid = {
  region: 'us-east-1',
  userPoolId: 'us-east-1_Local01',
  userPoolClientId: 'abc123',
  cognitoEndpoint: 'http://127.0.0.1:9229/',
  apiUrl: 'http://127.0.0.1:8787',
  signInFlow: 'password',
  tokenStorage: 'session',
  environmentName: 'local',
  usernameAttribute: 'username',
  signUpAttributes: ['name', 'custom:plan'],
  passwordPolicy: {
    minLength: 10,
    requireLowercase: true,
    requireUppercase: false,
    requireNumbers: true,
    requireSymbols: false,
  },
  mfaTypes: ['TOTP', 'EMAIL'],
  passwordless: [],
  editableAttributes: ['name', 'phone_number', 'custom:team'],
  rememberDevices: 'opt-in',
  locales: ['de', 'en'],
  defaultLocale: 'de',
  oauth: { domain: 'auth.example.com', providers: ['Google'], scopes: ['openid', 'email'] },
};

/** Each problem's key and, in English, what is wrong with it (as logs and tools say it). */
const problemsFor = (raw: unknown): readonly { key: string; message: string }[] => {
  const result = validateConfig(raw);
  const problems = result.ok ? [] : result.problems;
  // The error page words each problem from the catalog; in English it must say what the logs say.
  for (const problem of problems) {
    expect(describeProblem(problem).replace(/<\/?0>/g, '')).toBe(problemInEnglish(problem));
  }
  return problems.map((problem) => ({ key: problem.key, message: englishOf(problem) }));
};

/** The one problem a bad value for `key` causes, reported under `reportedAs` (a nested path). */
const problemFor = (key: string, value: unknown, reportedAs = key) => {
  const problems = problemsFor({ ...valid, [key]: value });
  expect(problems).toHaveLength(1);
  expect(problems[0]?.key).toBe(reportedAs);
  return problems[0]?.message;
};

const acceptsAs = (key: string, value: unknown) => {
  const result = validateConfig({ ...valid, [key]: value });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
};

describe('validateConfig', () => {
  it('accepts a complete config as given', () => {
    expect(validateConfig(valid)).toEqual({ ok: true, config: valid, unknownKeys: [] });
  });

  it('fills defaults and leaves optional keys absent', () => {
    const { region, userPoolId, userPoolClientId, apiUrl, tokenStorage } = valid;
    const minimal = { region, userPoolId, userPoolClientId, apiUrl, tokenStorage };
    const result = validateConfig(minimal);
    expect(result.ok && result.config).toEqual({
      ...minimal,
      signInFlow: 'srp',
      usernameAttribute: 'email',
      signUpAttributes: [],
      passwordPolicy: {
        minLength: 8,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSymbols: true,
      },
      mfaTypes: ['TOTP'],
      passwordless: [],
      editableAttributes: ['name'],
      rememberDevices: 'off',
      locales: ['en', 'es', 'de'],
      defaultLocale: 'en',
    });
    expect(result.ok && 'cognitoEndpoint' in result.config).toBe(false);
  });

  it('treats null optional keys as absent', () => {
    const config = acceptsAs('cognitoEndpoint', null);
    expect('cognitoEndpoint' in config).toBe(false);
  });

  it.each(['a string', null, 42, [valid]])('rejects a root that is not an object (%j)', (raw) => {
    expect(problemsFor(raw)).toMatchObject([
      { key: 'config.json', message: expect.stringMatching(/must be a JSON object/) },
    ]);
  });

  it('lists every problem at once, by key', () => {
    const problems = problemsFor({ region: 'nowhere', apiUrl: 'ftp://x', signInFlow: 'magic' });
    expect(problems.map((p) => p.key)).toEqual([
      'region',
      'userPoolId',
      'userPoolClientId',
      'apiUrl',
      'signInFlow',
      'tokenStorage',
    ]);
  });

  it.each(['region', 'userPoolId', 'userPoolClientId', 'apiUrl', 'tokenStorage'])(
    'requires %s',
    (key) => {
      const { [key as keyof typeof valid]: _omitted, ...rest } = valid;
      expect(problemsFor(rest)).toMatchObject([{ key, message: 'is required' }]);
      expect(problemFor(key, null)).toBe('is required');
    },
  );

  it('reports unknown keys without failing', () => {
    expect(validateConfig({ ...valid, colour: 'blue', debug: true })).toMatchObject({
      ok: true,
      unknownKeys: ['colour', 'debug'],
    });
  });

  describe('region', () => {
    it.each(['us-east-1', 'eu-central-2', 'ap-southeast-4', 'us-gov-west-1', 'il-central-1'])(
      'accepts %s',
      (region) => {
        const result = validateConfig({ ...valid, region, userPoolId: `${region}_Local01` });
        expect(result.ok && result.config.region).toBe(region);
      },
    );

    it.each(['US-EAST-1', 'us-east', 'useast1', 'us_east_1', ' us-east-1', ''])(
      'rejects %j',
      (region) => {
        const problems = problemsFor({ ...valid, region });
        expect(problems[0]).toMatchObject({ key: 'region', message: expect.any(String) });
      },
    );

    it('rejects a non-string', () => {
      expect(problemFor('region', 1)).toBe('must be a string (got 1)');
    });
  });

  describe('userPoolId', () => {
    it.each(['us-east-1_', 'us-east-1-Local01', 'us-east-1_Local-01', 'us-east-1_Local 01'])(
      'rejects the malformed id %j',
      (id) => {
        expect(problemFor('userPoolId', id)).toMatch(/user pool id|whitespace/);
      },
    );

    it('rejects an id longer than 55 characters', () => {
      expect(problemFor('userPoolId', `us-east-1_${'a'.repeat(46)}`)).toMatch(/at most 55/);
    });

    it('must belong to the configured region', () => {
      expect(problemFor('userPoolId', 'eu-west-1_Local01')).toBe(
        'belongs to region "eu-west-1" but region is "us-east-1"',
      );
    });

    it('skips the region cross-check when the region itself is invalid', () => {
      expect(problemsFor({ ...valid, region: 'bad' }).map((p) => p.key)).toEqual(['region']);
    });
  });

  describe('userPoolClientId', () => {
    it.each([
      ['', 'must not be empty'],
      ['   ', 'must not be empty'],
      ['abc 123', 'must not contain whitespace (got "abc 123")'],
      [123, 'must be a string (got 123)'],
    ])('rejects %j', (value, message) => {
      expect(problemFor('userPoolClientId', value)).toBe(message);
    });
  });

  describe.each(['cognitoEndpoint', 'apiUrl'])('%s', (key) => {
    it.each([
      'https://cognito-idp.us-east-1.amazonaws.com/',
      'http://localhost:9229',
      'http://127.0.0.1:9229/cognito/',
    ])('accepts %s', (url) => {
      expect(acceptsAs(key, url)).toMatchObject({ [key]: url });
    });

    it.each([
      ['/relative', /absolute http\(s\) URL/],
      ['127.0.0.1:9229', /absolute http\(s\) URL/],
      ['ftp://example.com', /absolute http\(s\) URL/],
      ['http://example.com', /must use https unless the host is localhost or 127\.0\.0\.1/],
      ['http://10.0.0.5:9229', /must use https/],
      ['https://user:secret@example.com', /must not contain credentials/],
      [true, /must be a string/],
    ])('rejects %j', (url, message) => {
      expect(problemFor(key, url)).toMatch(message);
    });
  });

  describe('enums', () => {
    it.each(['srp', 'password', 'choice'])('accepts signInFlow %s', (flow) => {
      expect(acceptsAs('signInFlow', flow).signInFlow).toBe(flow);
    });

    it.each(['local', 'session'])('accepts tokenStorage %s', (storage) => {
      expect(acceptsAs('tokenStorage', storage).tokenStorage).toBe(storage);
    });

    it('names the allowed values', () => {
      expect(problemFor('signInFlow', 'SRP')).toBe(
        'must be one of "srp", "password", "choice" (got "SRP")',
      );
      expect(problemFor('tokenStorage', 'cookie')).toBe(
        'must be one of "local", "session" (got "cookie")',
      );
    });
  });

  describe('environmentName', () => {
    it('rejects an empty label', () => {
      expect(problemFor('environmentName', '')).toBe('must not be empty');
    });
  });

  describe('usernameAttribute', () => {
    it.each(['email', 'phone_number', 'username'])('accepts %s', (attribute) => {
      expect(acceptsAs('usernameAttribute', attribute).usernameAttribute).toBe(attribute);
    });

    it('defaults to email', () => {
      const { usernameAttribute: _omitted, ...rest } = valid;
      const result = validateConfig(rest);
      expect(result.ok && result.config.usernameAttribute).toBe('email');
    });

    it.each(['phone', 'Email', 'preferred_username', 3])('rejects %j', (value) => {
      expect(problemFor('usernameAttribute', value)).toMatch(
        /^must be one of "email", "phone_number", "username"/,
      );
    });
  });

  describe('signUpAttributes', () => {
    it('accepts standard and custom attributes, email included when it is not the username', () => {
      const attributes = [
        'email',
        'name',
        'given_name',
        'birthdate',
        'custom:plan',
        'custom:team-id',
      ];
      expect(acceptsAs('signUpAttributes', attributes).signUpAttributes).toEqual(attributes);
    });

    it('defaults to none', () => {
      const { signUpAttributes: _omitted, ...rest } = valid;
      const result = validateConfig(rest);
      expect(result.ok && result.config.signUpAttributes).toEqual([]);
    });

    it.each([
      [['nmae'], /^item 1 must look like a Cognito attribute/],
      [['name', 'sub'], /^item 2 must look like a Cognito attribute/],
      [['email_verified'], /Cognito attribute/],
      [['custom:'], /Cognito attribute/],
      [[`custom:${'x'.repeat(21)}`], /Cognito attribute/],
      [['name', 'name'], /^lists "name" twice$/],
      ['name', /^must be a list/],
      [[1], /^item 1 must be a string/],
    ])('rejects %j', (value, message) => {
      expect(problemFor('signUpAttributes', value)).toMatch(message);
    });

    it('does not ask for the username attribute twice', () => {
      const problems = problemsFor({
        ...valid,
        usernameAttribute: 'email',
        signUpAttributes: ['name', 'email'],
      });
      expect(problems).toMatchObject([
        {
          key: 'signUpAttributes',
          message: 'lists "email", which is already the username (usernameAttribute)',
        },
      ]);
      expect(
        problemsFor({
          ...valid,
          usernameAttribute: 'phone_number',
          signUpAttributes: ['phone_number'],
        }),
      ).toHaveLength(1);
    });

    it('skips that check when usernameAttribute itself is invalid', () => {
      const problems = problemsFor({
        ...valid,
        usernameAttribute: 'mail',
        signUpAttributes: ['email'],
      });
      expect(problems.map((p) => p.key)).toEqual(['usernameAttribute']);
    });
  });

  describe('passwordPolicy', () => {
    it('fills what is left out from the defaults', () => {
      expect(acceptsAs('passwordPolicy', { minLength: 12 }).passwordPolicy).toEqual({
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSymbols: true,
      });
      expect(acceptsAs('passwordPolicy', null).passwordPolicy.minLength).toBe(8);
      expect(
        acceptsAs('passwordPolicy', { requireSymbols: null }).passwordPolicy.requireSymbols,
      ).toBe(true);
    });

    it.each([6, 99])('accepts minLength %i (Cognito allows 6 to 99)', (minLength) => {
      expect(acceptsAs('passwordPolicy', { minLength }).passwordPolicy.minLength).toBe(minLength);
    });

    it('names each bad field by its full path', () => {
      const problems = problemsFor({
        ...valid,
        passwordPolicy: { minLength: 5, requireNumbers: 'yes', requireSymbols: 1 },
      });
      expect(problems).toMatchObject([
        { key: 'passwordPolicy.minLength', message: 'must be a whole number from 6 to 99 (got 5)' },
        { key: 'passwordPolicy.requireNumbers', message: 'must be true or false (got "yes")' },
        { key: 'passwordPolicy.requireSymbols', message: 'must be true or false (got 1)' },
      ]);
      expect(problemFor('passwordPolicy', { minLength: 8.5 }, 'passwordPolicy.minLength')).toMatch(
        /whole number/,
      );
      expect(problemFor('passwordPolicy', { minLength: 100 }, 'passwordPolicy.minLength')).toMatch(
        /6 to 99/,
      );
    });

    it.each([['strict'], [[8]], [8]])('must be an object, not %j', (value) => {
      expect(problemFor('passwordPolicy', value)).toMatch(/^must be an object/);
    });

    it('reports keys it does not read (a typo would otherwise be silently ignored)', () => {
      const result = validateConfig({ ...valid, passwordPolicy: { minimumLength: 12 } });
      expect(result).toMatchObject({ ok: true, unknownKeys: ['passwordPolicy.minimumLength'] });
    });
  });

  describe('mfaTypes', () => {
    it('accepts any of TOTP, EMAIL and SMS, or none', () => {
      expect(acceptsAs('mfaTypes', ['SMS', 'TOTP', 'EMAIL']).mfaTypes).toEqual([
        'SMS',
        'TOTP',
        'EMAIL',
      ]);
      expect(acceptsAs('mfaTypes', []).mfaTypes).toEqual([]);
    });

    it('defaults to TOTP', () => {
      const { mfaTypes: _omitted, ...rest } = valid;
      const result = validateConfig(rest);
      expect(result.ok && result.config.mfaTypes).toEqual(['TOTP']);
    });

    it.each([
      [['totp'], /^item 1 must be one of "TOTP", "EMAIL", "SMS" \(got "totp"\)$/],
      [['TOTP', 'TOTP'], /^lists "TOTP" twice$/],
      ['TOTP', /^must be a list/],
    ])('rejects %j', (value, message) => {
      expect(problemFor('mfaTypes', value)).toMatch(message);
    });
  });

  describe('account settings', () => {
    it('accepts standard and custom editable attributes', () => {
      expect(acceptsAs('editableAttributes', ['locale', 'custom:plan']).editableAttributes).toEqual(
        ['locale', 'custom:plan'],
      );
    });

    it.each([
      ['editableAttributes', ['sub'], /^item 1 must look like a Cognito attribute/],
      ['editableAttributes', ['name', 'name'], /^lists "name" twice$/],
      ['rememberDevices', 'yes', /^must be one of "off", "always", "opt-in"/],
    ])('rejects %s %j', (key, value, message) => {
      expect(problemFor(key, value)).toMatch(message);
    });
  });

  describe('languages', () => {
    it('defaults to the first locale listed', () => {
      const { defaultLocale: _, ...rest } = valid;
      const result = validateConfig({ ...rest, locales: ['es', 'en'] });
      expect(result.ok && result.config.defaultLocale).toBe('es');
    });

    it.each([
      ['locales', ['fr'], 'locales', /^item 1 must be one of "en", "es", "de"/],
      ['locales', [], 'locales', /^must name at least one$/],
      ['defaultLocale', 'es', 'defaultLocale', /^must be one of locales \(got "es"\)$/],
    ])('rejects %s %j', (key, value, reportedAs, message) => {
      expect(problemFor(key, value, reportedAs)).toMatch(message);
    });
  });

  describe('passwordless', () => {
    const choice = { ...valid, signInFlow: 'choice' };

    it('accepts the first factors with choice-based sign-in', () => {
      const result = validateConfig({
        ...choice,
        passwordless: ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'],
      });
      expect(result.ok && result.config.passwordless).toEqual([
        'EMAIL_OTP',
        'SMS_OTP',
        'WEB_AUTHN',
      ]);
    });

    it('needs signInFlow "choice"', () => {
      expect(problemFor('passwordless', ['EMAIL_OTP'])).toBe(
        'needs signInFlow "choice" (USER_AUTH)',
      );
      const { signInFlow: _omitted, ...srp } = valid;
      expect(problemsFor({ ...srp, passwordless: ['WEB_AUTHN'] })).toMatchObject([
        { key: 'passwordless', message: 'needs signInFlow "choice" (USER_AUTH)' },
      ]);
    });

    it('reports a misspelt signInFlow once, not again under passwordless', () => {
      const problems = problemsFor({ ...valid, signInFlow: 'Choice', passwordless: ['EMAIL_OTP'] });
      expect(problems.map((p) => p.key)).toEqual(['signInFlow']);
    });

    it.each([
      [['PASSKEY'], /^item 1 must be one of "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"/],
      [['SMS_OTP', 'SMS_OTP'], /twice/],
    ])('rejects %j', (value, message) => {
      expect(problemsFor({ ...choice, passwordless: value })).toMatchObject([
        { key: 'passwordless', message: expect.stringMatching(message) },
      ]);
    });
  });

  describe('oauth', () => {
    const oauth = valid.oauth;

    it('is optional, and absent from the config when not given', () => {
      const result = validateConfig({ ...valid, oauth: null });
      expect(result.ok && 'oauth' in result.config).toBe(false);
    });

    it.each([
      'auth.example.com',
      'my-app.auth.us-east-1.amazoncognito.com',
      '127.0.0.1:9230',
      'localhost:9230',
    ])('accepts the domain %s', (domain) => {
      expect(acceptsAs('oauth', { ...oauth, domain }).oauth?.domain).toBe(domain);
    });

    it.each([
      ['https://auth.example.com', /no scheme/],
      ['auth.example.com/', /no scheme, no path/],
      ['auth.example.com/oauth2', /no path/],
      ['auth example.com', /whitespace/],
      ['-auth.example.com', /host name/],
      ['127.0.0.1:0', /port outside 1-65535/],
      ['127.0.0.1:99999', /port outside 1-65535/],
      [42, /must be a string/],
    ])('rejects the domain %j', (domain, message) => {
      expect(problemFor('oauth', { ...oauth, domain }, 'oauth.domain')).toMatch(message);
    });

    it('requires a domain and at least one provider', () => {
      expect(problemsFor({ ...valid, oauth: { scopes: ['openid'] } })).toMatchObject([
        { key: 'oauth.domain', message: 'is required' },
        { key: 'oauth.providers', message: 'is required' },
      ]);
      expect(problemFor('oauth', { ...oauth, providers: [] }, 'oauth.providers')).toBe(
        'must name at least one identity provider',
      );
    });

    it.each([
      [['Google', 'Google'], /twice/],
      [['Google Workspace'], /whitespace/],
      [['Google/Workspace'], /identity provider/],
      [['x'.repeat(33)], /identity provider/],
      ['Google', /must be a list/],
    ])('rejects the providers %j', (providers, message) => {
      expect(problemFor('oauth', { ...oauth, providers }, 'oauth.providers')).toMatch(message);
    });

    it('accepts Cognito and custom provider names', () => {
      const providers = ['Google', 'LoginWithAmazon', 'SignInWithApple', 'Facebook', 'Corp-SAML.1'];
      expect(acceptsAs('oauth', { ...oauth, providers }).oauth?.providers).toEqual(providers);
    });

    it('defaults the scopes to what the app needs, including the user-pool admin scope', () => {
      const { scopes: _omitted, ...rest } = oauth;
      expect(acceptsAs('oauth', rest).oauth?.scopes).toEqual([
        'openid',
        'email',
        'profile',
        'aws.cognito.signin.user.admin',
      ]);
    });

    it('accepts custom resource-server scopes', () => {
      const scopes = ['openid', 'https://api.example.com/notes.read'];
      expect(acceptsAs('oauth', { ...oauth, scopes }).oauth?.scopes).toEqual(scopes);
    });

    it.each([
      [['email', 'profile'], 'must include "openid"'],
      [[], 'must include "openid"'],
      [['openid', 'open id'], 'item 2 must not contain whitespace (got "open id")'],
      [['openid', 'openid'], 'lists "openid" twice'],
    ])('rejects the scopes %j', (scopes, message) => {
      expect(problemFor('oauth', { ...oauth, scopes }, 'oauth.scopes')).toBe(message);
    });

    it('lists every oauth problem at once', () => {
      const problems = problemsFor({
        ...valid,
        oauth: { domain: 'https://x', providers: 'Google', scopes: [] },
      });
      expect(problems.map((p) => p.key)).toEqual([
        'oauth.domain',
        'oauth.providers',
        'oauth.scopes',
      ]);
    });

    it.each([['auth.example.com'], [['auth.example.com']]])(
      'must be an object, not %j',
      (value) => {
        expect(problemFor('oauth', value)).toMatch(/^must be an object/);
      },
    );

    it('reports keys it does not read: the redirect URLs come from the page, not the config', () => {
      const result = validateConfig({
        ...valid,
        oauth: { ...oauth, redirectSignIn: ['https://app.example.com/'], responseType: 'token' },
      });
      expect(result).toMatchObject({
        ok: true,
        unknownKeys: ['oauth.redirectSignIn', 'oauth.responseType'],
      });
    });
  });

  it('shortens long bad values in messages', () => {
    expect(problemFor('signInFlow', 'x'.repeat(200))).toMatch(/\(got "x+\.\.\.\)$/);
  });
});

describe('identity pool and storage', () => {
  const POOL = 'us-east-1:0a1b2c3d-1111-4222-8333-444455556666';
  const files = {
    identityPoolId: POOL,
    identityPoolEndpoint: 'http://127.0.0.1:9229/',
    storage: { bucket: 'cognito-spa.local-files', region: 'eu-west-1', endpoint: '127.0.0.1:9443' },
  };
  const problemsWith = (overrides: Record<string, unknown>) =>
    problemsFor({ ...valid, ...files, ...overrides });

  it('are optional, and absent from the config when not given', () => {
    const result = validateConfig(valid);
    expect(result.ok && ['identityPoolId', 'storage'].some((k) => k in result.config)).toBe(false);
  });

  it('accepts them, with a 10 MB file limit by default', () => {
    const result = validateConfig({ ...valid, ...files });
    expect(result.ok && result.config).toMatchObject({
      ...files,
      storage: { ...files.storage, maxFileBytes: 10_000_000 },
    });
  });

  it('takes a real bucket without an endpoint and a limit of its own', () => {
    const storage = { bucket: 'my-app-files', region: 'us-east-1', maxFileBytes: 1024 };
    const result = validateConfig({ ...valid, identityPoolId: POOL, storage });
    expect(result.ok && result.config.storage).toEqual(storage);
  });

  it.each([
    [{ identityPoolId: 'us-east-1_Local01' }, 'identityPoolId', /identity pool id/],
    [{ identityPoolId: `us-east-1:${'a'.repeat(50)}` }, 'identityPoolId', /at most 55/],
    [
      { identityPoolId: 'eu-west-1:0a1b2c3d-1111-4222-8333-444455556666' },
      'identityPoolId',
      /^belongs to region "eu-west-1" but region is "us-east-1"$/,
    ],
    [{ identityPoolEndpoint: 'http://cognito.example.com' }, 'identityPoolEndpoint', /https/],
    [{ identityPoolId: null }, 'storage', /^needs identityPoolId$/],
    [{ storage: 'bucket' }, 'storage', /must be an object/],
    [{ storage: { region: 'us-east-1' } }, 'storage.bucket', /^is required$/],
    [{ storage: { bucket: 'My_Bucket', region: 'us-east-1' } }, 'storage.bucket', /S3 bucket/],
    [{ storage: { bucket: 'files', region: 'moon' } }, 'storage.region', /AWS region/],
    [
      { storage: { ...files.storage, endpoint: 'https://127.0.0.1:9443' } },
      'storage.endpoint',
      /no scheme/,
    ],
    [
      { storage: { ...files.storage, endpoint: 's3.example.com' } },
      'storage.endpoint',
      /must be a local host/,
    ],
    [
      { storage: { ...files.storage, maxFileBytes: 0 } },
      'storage.maxFileBytes',
      /whole number from 1/,
    ],
  ])('rejects %j', (overrides, key, message) => {
    const problems = problemsWith(overrides);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.key).toBe(key);
    expect(problems[0]?.message).toMatch(message);
  });

  it('names keys inside storage that it does not read', () => {
    const result = validateConfig({ ...valid, ...files, storage: { ...files.storage, acl: 'x' } });
    expect(result.ok && result.unknownKeys).toEqual(['storage.acl']);
  });
});
