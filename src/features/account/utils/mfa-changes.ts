import type { MfaPreference } from '../../../lib/auth/fetch-mfa-preference';
import type { MfaPreferenceChange } from '../../../lib/auth/update-mfa-preference';
import type { MfaKind } from '../components/mfa-setting-section';

/** Amplify's updateMFAPreference key for each kind. */
export const CHANGE_KEY: Record<MfaKind, keyof MfaPreferenceChange> = {
  TOTP: 'totp',
  EMAIL: 'email',
  SMS: 'sms',
};

/** Turning `kind` on: alone, it is the one asked for; next to others, the preferred one stays. */
export const turnOnChange = (kind: MfaKind, othersOn: readonly MfaKind[]): MfaPreferenceChange => ({
  [CHANGE_KEY[kind]]: othersOn.length > 0 ? 'ENABLED' : 'PREFERRED',
});

/**
 * Turning `kind` off. With exactly one other kind left, that one becomes the one asked for, so
 * Cognito need not ask which; with more, the preferred one stays (if it was this one, sign-in
 * lets the user choose).
 */
export function turnOffChange(kind: MfaKind, preference: MfaPreference): MfaPreferenceChange {
  const remaining = preference.enabled.filter((other) => other !== kind);
  const [only] = remaining;
  return {
    [CHANGE_KEY[kind]]: 'DISABLED',
    ...(remaining.length === 1 && only && { [CHANGE_KEY[only]]: 'PREFERRED' }),
  };
}
