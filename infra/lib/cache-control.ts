/**
 * Cache-Control per object, the one rule the deploy uploads with and the preview server
 * serves with. Hashed chunks never change under their name; everything else (index.html,
 * config.json, favicon) is revalidated on every load so a deploy shows up at once.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Object keys are relative to the site root, without a leading slash: "assets/index-x.js". */
export function isHashedAsset(key: string): boolean {
  return key.startsWith('assets/');
}

export function cacheControlFor(key: string): string {
  return isHashedAsset(key) ? IMMUTABLE : REVALIDATE;
}
