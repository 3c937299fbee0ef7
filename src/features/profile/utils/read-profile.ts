/** A decoded JWT payload as the session layer hands it over: claim name to value. */
export type TokenClaims = Readonly<Record<string, unknown>>;

/** What the profile page shows, read defensively from the ID token's claims. */
export interface Profile {
  readonly name?: string;
  readonly email?: string;
  readonly emailVerified: boolean;
  readonly phone?: string;
  readonly phoneVerified: boolean;
  readonly username?: string;
  readonly sub?: string;
  readonly groups: readonly string[];
  /** `custom:*` attributes, name with its prefix, in name order. */
  readonly custom: readonly (readonly [string, string])[];
  /** Epoch seconds. */
  readonly authTime?: number;
  /** Epoch seconds. */
  readonly expiresAt?: number;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const epoch = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
// Cognito sends booleans; some pools and federated users send "true" as a string.
const flag = (value: unknown) => value === true || value === 'true';

function fullName(claims: TokenClaims): string | undefined {
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return text(claims.name) ?? (text(given) || undefined);
}

/** The profile fields from decoded ID-token claims; absent claims stay absent. */
export function readProfile(claims: TokenClaims): Profile {
  const groups = claims['cognito:groups'];
  return {
    name: fullName(claims),
    email: text(claims.email),
    emailVerified: flag(claims.email_verified),
    phone: text(claims.phone_number),
    phoneVerified: flag(claims.phone_number_verified),
    username: text(claims['cognito:username']) ?? text(claims.username),
    sub: text(claims.sub),
    groups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
    custom: Object.entries(claims)
      .filter(([name]) => name.startsWith('custom:'))
      .map(
        ([name, value]) =>
          [name, typeof value === 'string' ? value : JSON.stringify(value)] as const,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
    authTime: epoch(claims.auth_time),
    expiresAt: epoch(claims.exp),
  };
}
