// Protocol-relative (//evil) and backslash (/\evil) forms escape the origin in browsers.
const isRootRelative = (target: string) =>
  target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');

/**
 * Returns `target` only if it is a path on this origin, else `fallback`, so a crafted
 * ?redirectTo= cannot send a freshly signed-in user to another site.
 */
export function getSafeRedirect(target: string | null | undefined, fallback: string): string {
  if (!target || !isRootRelative(target)) return fallback;
  const origin = window.location.origin;
  const url = new URL(target, origin);
  return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
