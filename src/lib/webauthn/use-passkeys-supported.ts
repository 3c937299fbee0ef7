import { useSyncExternalStore } from 'react';
import { passkeysSupported } from './passkey-support';

const neverChanges = () => () => undefined;

/**
 * Whether to offer passkeys. Pre-rendered HTML offers them (most browsers can), so hydration
 * renders the same and corrects itself right after; until then prerender/boot.ts hides the
 * offer where it cannot work, so it never flashes.
 */
export const usePasskeysSupported = (): boolean =>
  useSyncExternalStore(neverChanges, passkeysSupported, () => true);
