import type { AppConfig } from './types';

/**
 * A short fingerprint of a checked config (FNV-1a over its JSON; the validator builds it in a
 * fixed key order). Pre-rendered HTML carries the one it was rendered with, so the browser
 * hydrates it only under the same config: not mid-deploy, when config.json may be newer.
 */
export function configDigest(config: AppConfig): string {
  const text = JSON.stringify(config);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
