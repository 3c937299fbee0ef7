import type { PoolCtx, UserCtx } from './context.ts';
import { CognitoError, invalidParameter } from './errors.ts';
import { uuid } from './ids.ts';
import { createPasswordVerifier } from './srp.ts';
import type { MfaName, PoolState, UserState, UserStatus } from './types.ts';

/** The SRP "pool name" is the part of the pool id after the region. */
export const srpPoolName = (pool: PoolState): string => pool.id.split('_')[1] ?? pool.id;

/** The pool's PasswordHistorySize; history needs the Essentials tier or higher. */
export function passwordHistorySize(pool: PoolState): number {
  if (pool.config.UserPoolTier === 'LITE') return 0;
  return pool.config.Policies.PasswordPolicy.PasswordHistorySize ?? 0;
}

/**
 * Refuses one of the user's last n passwords, n the pool's PasswordHistorySize; the current
 * password counts as the newest of them. Cognito's wire message is not documented: ours.
 */
export function assertNotRecentPassword(at: UserCtx, password: string): void {
  const { pool, user } = at;
  const size = passwordHistorySize(pool);
  if (size === 0 || !user.password) return;
  const recent = [user.password, ...(user.passwordHistory ?? [])].slice(0, size);
  const poolName = srpPoolName(pool);
  const reused = recent.some(
    (old) =>
      createPasswordVerifier(poolName, user.username, password, old.saltHex).verifierHex ===
      old.verifierHex,
  );
  if (reused) {
    throw new CognitoError(
      'PasswordHistoryPolicyViolationException',
      'The password you entered matches one of your previous passwords.',
    );
  }
}

export function setPassword(at: UserCtx, change: { password: string; temporary?: boolean }): void {
  const { pool, user } = at;
  const size = passwordHistorySize(pool);
  if (user.password && size > 0) {
    const { saltHex, verifierHex } = user.password;
    // Up to the largest size Cognito allows, so raising the setting later still has the history.
    user.passwordHistory = [{ saltHex, verifierHex }, ...(user.passwordHistory ?? [])].slice(0, 23);
  }
  user.password = {
    ...createPasswordVerifier(srpPoolName(pool), user.username, change.password),
    temporary: change.temporary ?? false,
    setAt: at.now(),
  };
}

/** Checks a plain password (USER_PASSWORD_AUTH, ChangePassword) against the stored SRP verifier. */
export function passwordMatches(pool: PoolState, user: UserState, password: string): boolean {
  if (!user.password) return false;
  const { verifierHex } = createPasswordVerifier(
    srpPoolName(pool),
    user.username,
    password,
    user.password.saltHex,
  );
  return verifierHex === user.password.verifierHex;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+[1-9]\d{4,14}$/;
const STANDARD = new Set([
  'address',
  'birthdate',
  'email',
  'email_verified',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'phone_number_verified',
  'picture',
  'preferred_username',
  'profile',
  'updated_at',
  'website',
  'zoneinfo',
  'identities',
]);

/** Validates attribute names and values the way Cognito does before storing them. */
export function checkAttributes(pool: PoolState, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'sub') throw invalidParameter('Cannot modify the non-mutable attribute sub');
    const custom = name.startsWith('custom:');
    if (!custom && !STANDARD.has(name)) {
      throw invalidParameter(`Attribute does not exist in the schema: ${name}`);
    }
    if (custom && !pool.config.SchemaAttributes.some((a) => a.Name === name)) {
      throw invalidParameter(`Attribute does not exist in the schema: ${name}`);
    }
    if (value.length > 2048) throw invalidParameter(`${name} is too long`);
    if (name === 'email' && !EMAIL.test(value))
      throw invalidParameter('Invalid email address format.');
    if (name === 'phone_number' && !PHONE.test(value)) {
      throw invalidParameter('Invalid phone number format.');
    }
    if (name.endsWith('_verified') && value !== 'true' && value !== 'false') {
      throw invalidParameter(`${name} must be true or false`);
    }
  }
}

export function assertRequiredAttributes(
  pool: PoolState,
  attributes: Record<string, string>,
): void {
  for (const a of pool.config.SchemaAttributes) {
    if (a.Required && a.Name !== 'sub' && !attributes[a.Name]) {
      throw invalidParameter(
        `Attributes did not conform to the schema: ${a.Name}: The attribute is required`,
      );
    }
  }
}

/**
 * Makes a user. With email/phone as the username, Cognito keeps the given value as an
 * attribute and makes the real username a UUID; that is what the tokens carry.
 */
export function createUser(
  at: PoolCtx,
  draft: { givenName: string; attributes: Record<string, string>; status: UserStatus },
): UserState {
  const { pool } = at;
  const { givenName, status } = draft;
  const usernameAttrs = pool.config.UsernameAttributes;
  const attrs = { ...draft.attributes };
  let username = givenName;
  if (usernameAttrs.length > 0) {
    if (EMAIL.test(givenName) && usernameAttrs.includes('email')) attrs.email = givenName;
    else if (PHONE.test(givenName) && usernameAttrs.includes('phone_number'))
      attrs.phone_number = givenName;
    else {
      throw invalidParameter(
        usernameAttrs.includes('email')
          ? 'Username should be an email.'
          : 'Username should be a phone number.',
      );
    }
    username = uuid();
  } else if (!/^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u.test(givenName)) {
    throw invalidParameter('Value at username failed to satisfy constraint');
  }
  checkAttributes(pool, attrs);
  const sub = usernameAttrs.length > 0 ? username : uuid();
  const user: UserState = {
    username,
    sub,
    attributes: { sub, ...attrs },
    status,
    enabled: true,
    createdAt: at.now(),
    modifiedAt: at.now(),
    failedAttempts: 0,
    lockedUntil: 0,
    mfa: { enabled: [] },
    groups: [],
    devices: {},
    webauthn: [],
    codes: {},
  };
  return user;
}

/** Cognito refuses an alias (email/phone) that another user already owns. */
export function assertUniqueIdentity(pool: PoolState, user: UserState): void {
  const taken = (attr: string) =>
    Object.values(pool.users).some(
      (other) =>
        other.username !== user.username &&
        other.attributes[attr] &&
        other.attributes[attr]?.toLowerCase() === user.attributes[attr]?.toLowerCase() &&
        (pool.config.UsernameAttributes.includes(attr) ||
          other.attributes[`${attr}_verified`] === 'true'),
    );
  for (const attr of [...pool.config.UsernameAttributes, ...pool.config.AliasAttributes]) {
    if (user.attributes[attr] && taken(attr)) {
      throw new CognitoError(
        pool.config.UsernameAttributes.includes(attr)
          ? 'UsernameExistsException'
          : 'AliasExistsException',
        pool.config.UsernameAttributes.includes(attr)
          ? `An account with the given ${attr} already exists.`
          : `An account with the ${attr} already exists.`,
      );
    }
  }
}

export const attributeList = (user: UserState) =>
  Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value }));

export function mfaSettings(user: UserState): {
  PreferredMfaSetting?: string;
  UserMFASettingList?: MfaName[];
} {
  return {
    ...(user.mfa.preferred ? { PreferredMfaSetting: user.mfa.preferred } : {}),
    ...(user.mfa.enabled.length ? { UserMFASettingList: [...user.mfa.enabled] } : {}),
  };
}

/** The `UserType` shape admin operations return. */
export const userType = (user: UserState, attributesKey = 'Attributes') => ({
  Username: user.username,
  [attributesKey]: attributeList(user),
  UserCreateDate: user.createdAt / 1000,
  UserLastModifiedDate: user.modifiedAt / 1000,
  Enabled: user.enabled,
  UserStatus: user.status,
});
