import { Token } from 'aws-cdk-lib';
import { PriceClass } from 'aws-cdk-lib/aws-cloudfront';
import type { Node } from 'constructs';

/** Every CDK context key the app reads (`-c key=value` or cdk.json's "context"). */
export const CONTEXT_KEYS = [
  'apiUrl',
  'region',
  'domainName',
  'certificateArn',
  'hostedDomainPrefix',
  'googleClientId',
  'googleClientSecretName',
  'sesFromEmail',
  'sesVerifiedDomain',
  'sesRegion',
  'smsMfa',
  'environmentName',
  'stackName',
  'priceClass',
] as const;

/** One of the context keys in CONTEXT_KEYS. */
export type ContextKey = (typeof CONTEXT_KEYS)[number];

/** Raw context values by key, as CDK hands them over (strings from `-c`, anything from JSON). */
export type SettingsContext = Readonly<Partial<Record<ContextKey, unknown>>>;

/** The site's own domain, served with an ACM certificate instead of the *.cloudfront.net name. */
export interface CustomDomainSettings {
  readonly domainName: string;
  readonly certificateArn: string;
}

/** Federated sign-in: the pool's hosted (prefix) domain and the identity provider behind it. */
export interface FederationSettings {
  readonly hostedDomainPrefix: string;
  /** `<prefix>.auth.<region>.amazoncognito.com`, the host config.json's oauth.domain names. */
  readonly hostedDomain: string;
  readonly google: GoogleSettings;
}

/** Sign in with Google; the client secret stays in Secrets Manager, named here. */
export interface GoogleSettings {
  readonly clientId: string;
  readonly clientSecretName: string;
}

/** Cognito sends its email through Amazon SES, which email MFA and email sign-in codes need. */
export interface SesSettings {
  readonly fromEmail: string;
  readonly verifiedDomain?: string;
  readonly region?: string;
}

/** Validated settings for one deployment of the site stack. */
export interface StackSettings {
  readonly stackName: string;
  /** Concrete, never a token: the Content-Security-Policy names the regional Cognito endpoint. */
  readonly region: string;
  /**
   * An external API for the app (`-c apiUrl=`). Absent, the stack deploys its own (site-api.ts)
   * and config.json names that.
   */
  readonly apiUrl?: string;
  readonly environmentName: string;
  readonly priceClass: PriceClass;
  readonly customDomain?: CustomDomainSettings;
  readonly federation?: FederationSettings;
  readonly ses?: SesSettings;
  /**
   * SMS codes as a second factor (`-c smsMfa=true`). Off by default: texts go through Amazon
   * SNS, which needs an IAM role and starts in the SMS sandbox, and each one costs money.
   */
  readonly smsMfa: boolean;
}

/** Bad CDK context; `problems` lists every one, so a deploy is fixed in one go. */
export class StackSettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Invalid CDK context (${problems.length} problem${problems.length === 1 ? '' : 's'}); ` +
        `set them with -c key=value:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'StackSettingsError';
  }
}

const DEFAULT_STACK_NAME = 'CognitoSpa';
const DEFAULT_ENVIRONMENT_NAME = 'production';
// The same shape security-headers.ts accepts, so a region that passes here builds a CSP.
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
// Cognito's passkey relying-party id (the site's domain) is at most 63 characters.
const RELYING_PARTY_ID_MAX = 63;
const CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):\d{12}:certificate\/[\w-]+$/;
// Cognito prefix domains: lowercase letters, digits and inner hyphens, 1 to 63 characters.
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED_IN_PREFIX = ['aws', 'amazon', 'cognito'];
const GOOGLE_CLIENT_ID = /^[\w.-]+\.apps\.googleusercontent\.com$/;
// A Secrets Manager secret name, or its ARN.
const SECRET_NAME = /^[\w/+=.@:-]{1,2048}$/;
// ASCII local part: CDK and Cognito reject anything else in an SES sender.
const EMAIL = /^[\x21-\x3f\x41-\x7e]+@([^@\s]+)$/;
const ENVIRONMENT_NAME = /^[\w.-]{1,64}$/;
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const PRICE_CLASSES: readonly string[] = Object.values(PriceClass);

/** The context values CONTEXT_KEYS names, read from an app's (or any construct's) node. */
export function readSettingsContext(node: Node): SettingsContext {
  return Object.fromEntries(CONTEXT_KEYS.map((key) => [key, node.tryGetContext(key)]));
}

/**
 * Parses the CDK context into settings, or throws StackSettingsError listing every problem.
 * The region comes from context `region`, else from `env.CDK_DEFAULT_REGION`. An empty string
 * counts as not set, so `-c domainName=$UNSET_VARIABLE` in CI means "no custom domain".
 */
export function parseStackSettings(
  context: SettingsContext,
  env: Readonly<Record<string, string | undefined>> = {},
): StackSettings {
  const problems: string[] = [];
  const problem = (key: string, message: string) => {
    problems.push(`${key}: ${message}`);
    return undefined;
  };
  const text = (key: string, value: unknown): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') return problem(key, `must be a string (got ${typeof value})`);
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    if (Token.isUnresolved(trimmed)) return problem(key, 'must be a concrete value, not a token');
    return trimmed;
  };
  const matching = (key: ContextKey, pattern: RegExp, what: string): string | undefined => {
    const value = text(key, context[key]);
    if (value === undefined || pattern.test(value)) return value;
    return problem(key, `must be ${what} (got ${JSON.stringify(value)})`);
  };

  const region = readRegion(text, problem, context, env);
  const apiUrl = readApiUrl(text('apiUrl', context.apiUrl), problem);
  const stackName =
    matching('stackName', STACK_NAME, 'a CloudFormation stack name (letters, digits, hyphens)') ??
    DEFAULT_STACK_NAME;
  const environmentName =
    matching('environmentName', ENVIRONMENT_NAME, 'letters, digits, ".", "_" or "-"') ??
    DEFAULT_ENVIRONMENT_NAME;
  const priceClass = readPriceClass(text('priceClass', context.priceClass), problem);
  const customDomain = readCustomDomain(matching, problem);
  const federation = readFederation(matching, problem, region);
  const ses = readSes(matching, problem);
  const smsMfa = readFlag(text('smsMfa', flagText(context.smsMfa)), 'smsMfa', problem);

  if (problems.length > 0 || region === undefined) {
    throw new StackSettingsError(problems);
  }
  return {
    stackName,
    region,
    ...(apiUrl && { apiUrl }),
    environmentName,
    priceClass,
    smsMfa,
    ...(customDomain && { customDomain }),
    ...(federation && { federation }),
    ...(ses && { ses }),
  };
}

type Problem = (key: string, message: string) => undefined;
type Text = (key: string, value: unknown) => string | undefined;
type Matching = (key: ContextKey, pattern: RegExp, what: string) => string | undefined;

function readRegion(
  text: Text,
  problem: Problem,
  context: SettingsContext,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const given = [context.region, env.CDK_DEFAULT_REGION];
  const region =
    text('region', context.region) ?? text('CDK_DEFAULT_REGION', env.CDK_DEFAULT_REGION);
  if (region === undefined) {
    // A region that was given but unusable (a token, a number) is reported already.
    if (given.some(isSet)) return undefined;
    return problem('region', 'is required (context "region" or CDK_DEFAULT_REGION)');
  }
  if (!REGION.test(region)) {
    return problem('region', `must be an AWS region such as "eu-west-1" (got "${region}")`);
  }
  return region;
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && !value.trim());
}

function readApiUrl(value: string | undefined, problem: Problem): string | undefined {
  // Not set: the stack deploys its own API.
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return problem('apiUrl', `must be an absolute https URL (got ${JSON.stringify(value)})`);
  }
  if (url.protocol !== 'https:') return problem('apiUrl', `must use https (got "${url.protocol}")`);
  if (url.username || url.password) return problem('apiUrl', 'must not contain credentials');
  return value;
}

/** A boolean from JSON context stays one; `-c key=true` arrives as a string. */
const flagText = (value: unknown): unknown => (typeof value === 'boolean' ? String(value) : value);

function readFlag(value: string | undefined, key: string, problem: Problem): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  problem(key, `must be "true" or "false" (got ${JSON.stringify(value)})`);
  return false;
}

function readPriceClass(value: string | undefined, problem: Problem): PriceClass {
  if (value === undefined) return PriceClass.PRICE_CLASS_100;
  if (PRICE_CLASSES.includes(value)) return value as PriceClass;
  problem('priceClass', `must be one of ${PRICE_CLASSES.join(', ')} (got "${value}")`);
  return PriceClass.PRICE_CLASS_100;
}

function readCustomDomain(matching: Matching, problem: Problem): CustomDomainSettings | undefined {
  const domainName = matching(
    'domainName',
    HOST,
    'a lowercase host name such as "app.example.com"',
  );
  const certificateArn = matching('certificateArn', CERTIFICATE_ARN, 'an ACM certificate ARN');
  if (domainName && domainName.length > RELYING_PARTY_ID_MAX) {
    problem('domainName', `must be at most ${RELYING_PARTY_ID_MAX} characters (the passkey id)`);
  }
  const certificateRegion = certificateArn && CERTIFICATE_ARN.exec(certificateArn)?.[1];
  if (certificateRegion && certificateRegion !== 'us-east-1') {
    problem(
      'certificateArn',
      `must be a certificate in us-east-1, the only region CloudFront reads (got ${certificateRegion})`,
    );
  }
  if (domainName && !certificateArn) problem('certificateArn', 'is required with domainName');
  if (certificateArn && !domainName) problem('domainName', 'is required with certificateArn');
  return domainName && certificateArn ? { domainName, certificateArn } : undefined;
}

function readFederation(
  matching: Matching,
  problem: Problem,
  region: string | undefined,
): FederationSettings | undefined {
  const prefix = matching(
    'hostedDomainPrefix',
    DOMAIN_PREFIX,
    'lowercase letters, digits and inner hyphens, at most 63 characters',
  );
  const reserved = prefix && RESERVED_IN_PREFIX.find((word) => prefix.includes(word));
  if (reserved) problem('hostedDomainPrefix', `must not contain "${reserved}" (Cognito rule)`);
  const clientId = matching(
    'googleClientId',
    GOOGLE_CLIENT_ID,
    'a Google OAuth client id ending in ".apps.googleusercontent.com"',
  );
  const clientSecretName = matching(
    'googleClientSecretName',
    SECRET_NAME,
    'a Secrets Manager secret name or ARN',
  );
  if (clientId && !clientSecretName)
    problem('googleClientSecretName', 'is required with googleClientId');
  if (clientSecretName && !clientId)
    problem('googleClientId', 'is required with googleClientSecretName');
  const google = clientId && clientSecretName ? { clientId, clientSecretName } : undefined;
  if (google && !prefix) problem('hostedDomainPrefix', 'is required for Google sign-in');
  // config.json's oauth must name a provider, and the app uses the domain for nothing else.
  if (prefix && !google) {
    problem(
      'hostedDomainPrefix',
      'needs an identity provider (googleClientId + googleClientSecretName)',
    );
  }
  if (!prefix || reserved || !google || !region) return undefined;
  return {
    hostedDomainPrefix: prefix,
    hostedDomain: `${prefix}.auth.${region}.amazoncognito.com`,
    google,
  };
}

function readSes(matching: Matching, problem: Problem): SesSettings | undefined {
  const fromEmail = matching('sesFromEmail', EMAIL, 'an email address with an ASCII local part');
  const verifiedDomain = matching('sesVerifiedDomain', HOST, 'a lowercase domain name');
  const region = matching('sesRegion', REGION, 'an AWS region such as "eu-west-1"');
  const fromDomain = fromEmail && EMAIL.exec(fromEmail)?.[1];
  if (fromDomain && verifiedDomain && fromDomain !== verifiedDomain) {
    problem('sesFromEmail', `must be an address at sesVerifiedDomain "${verifiedDomain}"`);
  }
  if (!fromEmail) {
    if (verifiedDomain) problem('sesVerifiedDomain', 'needs sesFromEmail');
    if (region) problem('sesRegion', 'needs sesFromEmail');
    return undefined;
  }
  return {
    fromEmail,
    ...(verifiedDomain && { verifiedDomain }),
    ...(region && { region }),
  };
}
