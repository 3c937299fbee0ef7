import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchDevices } from 'aws-amplify/auth';
import { getCurrentDeviceKey } from './current-device-key';
import { accountQueryKey } from './fetch-mfa-preference';

/** A device Cognito tracks for the signed-in user: a browser where they signed in. */
export interface Device {
  readonly id: string;
  /** What the browser reported when it was confirmed: a user agent, or client hints. */
  readonly name?: string;
  /** ISO timestamps. */
  readonly lastUsedAt?: string;
  readonly createdAt?: string;
  /** The IP address of its last sign-in, when Cognito reports it (`last_ip_used`). */
  readonly lastIp?: string;
  /** Remembered: signing in there skips MFA. */
  readonly remembered: boolean;
  /** This browser. */
  readonly current: boolean;
}

export const devicesQueryKey = [...accountQueryKey, 'devices'] as const;

const iso = (date: Date | undefined) =>
  date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;

/** ListDevices (Amplify reads up to 60, Cognito's limit): this browser, then most recent first. */
export async function listDevices(): Promise<Device[]> {
  const [devices, currentKey] = await Promise.all([fetchDevices(), getCurrentDeviceKey()]);
  return devices
    .filter((device) => device.id)
    .map((device) => {
      const { attributes } = device;
      const lastUsedAt = iso(device.lastAuthenticatedDate ?? device.lastModifiedDate);
      const createdAt = iso(device.createDate);
      const lastIp = attributes.last_ip_used;
      return {
        id: device.id,
        ...(device.name && { name: device.name }),
        ...(lastUsedAt && { lastUsedAt }),
        ...(createdAt && { createdAt }),
        ...(lastIp && { lastIp }),
        remembered: attributes['dev:device_remembered_status'] === 'remembered',
        current: device.id === currentKey,
      };
    })
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) ||
        (b.lastUsedAt ?? '').localeCompare(a.lastUsedAt ?? ''),
    );
}

export const devicesQueryOptions = () =>
  queryOptions({
    queryKey: devicesQueryKey,
    queryFn: listDevices,
    // Amplify already retries network failures; the page offers "Try again" for the rest.
    retry: false,
    // Warmed by the route loader: the page must not fetch it again the moment it mounts.
    staleTime: 30_000,
  });

/** The user's devices, with loading and error states for the page to show. */
export const useDevices = () => useQuery(devicesQueryOptions());
