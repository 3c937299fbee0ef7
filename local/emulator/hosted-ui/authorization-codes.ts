import type { Emulator } from '../core/emulator.ts';
import { uuid } from '../core/ids.ts';

/** What an authorization code stands for until the app redeems it at /oauth2/token. */
export interface CodeGrant {
  poolId: string;
  clientId: string;
  username: string;
  redirectUri: string;
  scope: string;
  codeChallenge?: string;
  expiresAt: number;
}

// Cognito's codes live five minutes and work once.
const CODE_LIFETIME_MS = 5 * 60 * 1000;

// Kept beside the emulator, not in its persisted state: a code outliving a restart is useless.
const grantsByEmulator = new WeakMap<Emulator, Map<string, CodeGrant>>();

const grantsOf = (emulator: Emulator) => {
  let grants = grantsByEmulator.get(emulator);
  if (!grants) {
    grants = new Map();
    grantsByEmulator.set(emulator, grants);
  }
  return grants;
};

export function issueCode(emulator: Emulator, grant: Omit<CodeGrant, 'expiresAt'>): string {
  const grants = grantsOf(emulator);
  for (const [code, old] of grants) if (old.expiresAt <= emulator.now()) grants.delete(code);
  const code = uuid();
  grants.set(code, { ...grant, expiresAt: emulator.now() + CODE_LIFETIME_MS });
  return code;
}

/** Takes a code out of circulation whatever happens next: a second try always fails. */
export function redeemCode(emulator: Emulator, code: string): CodeGrant | undefined {
  const grants = grantsOf(emulator);
  const grant = grants.get(code);
  grants.delete(code);
  return grant && grant.expiresAt > emulator.now() ? grant : undefined;
}
