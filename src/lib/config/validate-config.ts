import * as rules from './rules';
import type { AppConfig, ConfigProblem, ConfigResult, SignInFlow, TokenStorage } from './types';

const KNOWN_KEYS = new Set([
  'region',
  'userPoolId',
  'userPoolClientId',
  'cognitoEndpoint',
  'apiUrl',
  'signInFlow',
  'tokenStorage',
  'environmentName',
]);

const signInFlow = rules.oneOf<SignInFlow>(['srp', 'password', 'choice']);
const tokenStorage = rules.oneOf<TokenStorage>(['local', 'session']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed config.json against every rule at once, so the operator sees the
 * whole list of problems instead of fixing them one reload at a time.
 */
export function validateConfig(raw: unknown): ConfigResult {
  if (!isRecord(raw)) {
    return {
      ok: false,
      problems: [
        { key: 'config.json', message: `must be a JSON object (got ${rules.describe(raw)})` },
      ],
    };
  }
  const problems: ConfigProblem[] = [];
  // null counts as absent: generators often write null for "not set".
  const read = <T>(key: string, rule: rules.Rule<T>, required: boolean): T | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) {
      if (required) problems.push({ key, message: 'is required' });
      return undefined;
    }
    const outcome = rule(value);
    if (outcome.ok) return outcome.value;
    problems.push({ key, message: outcome.message });
    return undefined;
  };

  const region = read('region', rules.region, true);
  const userPoolId = read('userPoolId', rules.userPoolId, true);
  const userPoolClientId = read('userPoolClientId', rules.nonEmptyString, true);
  const cognitoEndpoint = read('cognitoEndpoint', rules.httpUrl, false);
  const apiUrl = read('apiUrl', rules.httpUrl, true);
  const flow = read('signInFlow', signInFlow, false) ?? 'srp';
  const storage = read('tokenStorage', tokenStorage, true);
  const environmentName = read('environmentName', rules.nonEmptyString, false);

  const poolRegion = userPoolId?.split('_')[0];
  if (region && poolRegion && poolRegion !== region) {
    problems.push({
      key: 'userPoolId',
      message: `belongs to region "${poolRegion}" but region is "${region}"`,
    });
  }

  if (problems.length > 0 || !region || !userPoolId || !userPoolClientId || !apiUrl || !storage) {
    return { ok: false, problems };
  }
  const config: AppConfig = {
    region,
    userPoolId,
    userPoolClientId,
    apiUrl,
    signInFlow: flow,
    tokenStorage: storage,
    // Optional keys stay absent rather than present-but-undefined.
    ...(cognitoEndpoint && { cognitoEndpoint }),
    ...(environmentName && { environmentName }),
  };
  const unknownKeys = Object.keys(raw).filter((key) => !KNOWN_KEYS.has(key));
  return { ok: true, config, unknownKeys };
}
