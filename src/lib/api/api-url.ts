/**
 * The API's origin, from the configured base URL. Only http(s): any other scheme has the
 * opaque origin "null", which would compare equal to every other opaque origin.
 */
export function apiOriginOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('The API base URL must use http or https');
  }
  return url.origin;
}

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Where a request goes. A path ("/api/notes") is appended to the base URL, keeping any base
 * path ("https://host/prod" + "/api/notes"); anything else ("https://…", "//host/…") is a URL
 * resolved the way a browser would, and may well point somewhere else.
 */
export function resolveRequestUrl(input: string, baseUrl: string): URL {
  if (HAS_SCHEME.test(input) || input.startsWith('//') || input.startsWith('\\')) {
    return new URL(input, baseUrl);
  }
  const base = baseUrl.replace(/\/+$/, '');
  return new URL(input.startsWith('/') ? `${base}${input}` : `${base}/${input}`);
}

/** True only when `url` is on exactly the API's origin: same scheme, host and port. */
export const isApiUrl = (url: URL, apiOrigin: string): boolean => url.origin === apiOrigin;
