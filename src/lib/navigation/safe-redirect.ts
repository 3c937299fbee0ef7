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
  let url: URL;
  // A tab or newline after the slash is stripped, leaving //host: an invalid host throws.
  try {
    url = new URL(target, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  // What we return is the parsed path, not `target`: dot segments (/..//x, /%2e//x, /./\x)
  // and stripped tabs/newlines only collapse into //x here, which redirect() and the
  // browser would then read as another host. So the result itself must pass the check.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return isRootRelative(path) ? path : fallback;
}
