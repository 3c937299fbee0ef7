import type { ApiClient } from '../../../../lib/api/api-client';
import type { ApiUser } from '../../../../lib/api/api-user';
import { fetchMfaPreference, type MfaPreference } from '../../../../lib/auth/fetch-mfa-preference';
import {
  fetchUserAttributes,
  type UserAttributes,
} from '../../../../lib/auth/fetch-user-attributes';
import { type Device, listDevices } from '../../../../lib/auth/list-devices';
import { listPasskeys, type Passkey } from '../../../../lib/auth/list-passkeys';
import { type ExportedNote, exportApiData } from './export-api-data';

/** The downloaded file: what the sign-in service and the API hold for the user. */
export interface YourData {
  /** Names the file's shape, so a reader can tell this version from later ones. */
  readonly format: 'cognito-spa/your-data@1';
  readonly exportedAt: string;
  /** What Amazon Cognito holds: the sign-in account. */
  readonly signInAccount: {
    readonly attributes: UserAttributes;
    readonly twoStepVerification: MfaPreference;
    /** Left out where the app offers no passkeys (the pool may not support them). */
    readonly passkeys?: readonly Passkey[];
    /** Left out where the app does not remember devices (the pool tracks none). */
    readonly devices?: readonly Device[];
  };
  /** What the app's API holds. */
  readonly api: {
    readonly user: ApiUser;
    readonly notes: readonly ExportedNote[];
  };
}

/** Which optional parts the app offers, so the pool is never asked for what it lacks. */
export interface CollectOptions {
  readonly passkeys: boolean;
  readonly devices: boolean;
  readonly now?: () => Date;
}

/** Reads everything at once; any read that fails fails the whole file, so none is partial. */
export async function collectYourData(
  client: ApiClient,
  { passkeys, devices, now = () => new Date() }: CollectOptions,
): Promise<YourData> {
  const [attributes, mfa, passkeyList, deviceList, api] = await Promise.all([
    fetchUserAttributes(),
    fetchMfaPreference(),
    passkeys ? listPasskeys() : undefined,
    devices ? listDevices() : undefined,
    exportApiData(client),
  ]);
  return {
    format: 'cognito-spa/your-data@1',
    exportedAt: now().toISOString(),
    signInAccount: {
      attributes,
      twoStepVerification: mfa,
      ...(passkeyList && { passkeys: passkeyList }),
      ...(deviceList && { devices: deviceList }),
    },
    api: { user: api.user, notes: api.notes },
  };
}

/** `your-data-2026-12-03T06-45-12Z.json`: sortable, and no characters file systems refuse. */
export function yourDataFileName(exportedAt: string): string {
  const stamp = exportedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  return `your-data-${stamp}.json`;
}
