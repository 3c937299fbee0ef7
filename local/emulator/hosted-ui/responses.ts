import type { PlainRequest, PlainResponse } from '../http/handle-request.ts';

// Pages carry no script at all; the inline style is the only thing they need.
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1b1f24}
main{max-width:26rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #d0d4da;border-radius:8px}
h1{font-size:1.4rem;margin:0 0 .5rem}
p{margin:.5rem 0 1rem;color:#444}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input{box-sizing:border-box;width:100%;padding:.55rem;font:inherit;border:1px solid #6b7280;border-radius:4px}
input:focus,button:focus,a:focus{outline:3px solid #2563eb;outline-offset:2px}
.actions{display:flex;gap:.75rem;margin-top:1.5rem}
button{font:inherit;padding:.55rem 1.1rem;border-radius:4px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1d4ed8}
.error{color:#b91c1c;font-weight:600}
code{background:#eef0f3;padding:0 .25rem;border-radius:3px}
ul{padding-left:1.2rem}`;

/** A complete, script-free HTML page. */
export function page(status: number, title: string, body: string): PlainResponse {
  return {
    status,
    headers: PAGE_HEADERS,
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`,
  };
}

export function redirect(location: string): PlainResponse {
  return { status: 302, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

/** `url` with `params` appended to its query (absent values skipped). */
export function withParams(url: string, params: Record<string, string | undefined>): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) target.searchParams.set(key, value);
  return target.toString();
}

/** Endpoints the app calls with fetch answer any origin, as Cognito's hosted domain does. */
export function cors(req: PlainRequest): Record<string, string> {
  return { 'access-control-allow-origin': req.headers.get('origin') ?? '*', vary: 'Origin' };
}

export function json(
  req: PlainRequest,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): PlainResponse {
  return {
    status,
    headers: {
      ...cors(req),
      'content-type': 'application/json;charset=UTF-8',
      'cache-control': 'no-store',
      ...extra,
    },
    body: JSON.stringify(body),
  };
}
