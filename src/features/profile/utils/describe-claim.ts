/** JWT claims that hold epoch seconds (RFC 7519 plus Cognito's auth_time). */
const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf', 'auth_time']);

/** How one claim value is shown: the kinds a table cell renders differently. */
export type ClaimDisplay =
  | { readonly kind: 'time'; readonly seconds: number }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'json'; readonly text: string }
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly type: 'string' | 'number' | 'boolean';
    };

const itemText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Decides how to show a claim; every value is turned into text, never into markup. */
export function describeClaim(name: string, value: unknown): ClaimDisplay {
  if (TIME_CLAIMS.has(name) && typeof value === 'number' && Number.isFinite(value)) {
    return { kind: 'time', seconds: value };
  }
  if (Array.isArray(value)) return { kind: 'list', items: value.map(itemText) };
  if (typeof value === 'string') return { kind: 'text', text: value, type: 'string' };
  if (typeof value === 'number') return { kind: 'text', text: String(value), type: 'number' };
  if (typeof value === 'boolean') return { kind: 'text', text: String(value), type: 'boolean' };
  return { kind: 'json', text: JSON.stringify(value, null, 2) ?? String(value) };
}
