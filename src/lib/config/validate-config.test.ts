import { describe, expect, it } from 'vitest';
import type { ConfigProblem } from './types';
import { validateConfig } from './validate-config';

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
  oauth: { domain: 'auth.example.com', providers: ['Google'], scopes: ['openid', 'email'] },
};

const problemsFor = (raw: unknown): readonly ConfigProblem[] => {
  const result = validateConfig(raw);
  return result.ok ? [] : result.problems;
};

const problemFor = (key: string, value: unknown) => {
  const problems = problemsFor({ ...valid, [key]: value });
  expect(problems).toHaveLength(1);
  expect(problems[0]?.key).toBe(key);
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
    });
    expect(result.ok && 'cognitoEndpoint' in result.config).toBe(false);
  });

  it('treats null optional keys as absent', () => {
    const config = acceptsAs('cognitoEndpoint', null);
    expect('cognitoEndpoint' in config).toBe(false);
  });

  it.each(['a string', null, 42, [valid]])('rejects a root that is not an object (%j)', (raw) => {
    expect(problemsFor(raw)).toEqual([
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
      expect(problemsFor(rest)).toEqual([{ key, message: 'is required' }]);
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
        expect(problems[0]).toEqual({ key: 'region', message: expect.any(String) });
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

  it('shortens long bad values in messages', () => {
    expect(problemFor('signInFlow', 'x'.repeat(200))).toMatch(/\(got "x+\.\.\.\)$/);
  });
});
