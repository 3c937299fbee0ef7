export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // Responses carry per-user data; no shared or browser cache may keep them.
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { status, body, headers };
}

export function errorReply(
  status: number,
  error: string,
  message: string,
  headers?: Record<string, string>,
): Reply {
  return { status, body: { error, message }, headers };
}

/** The reply as a fetch Response; its own headers win over `base` (security and CORS headers). */
export function toResponse(reply: Reply, base: Record<string, string>): Response {
  const headers = new Headers({ ...base, ...reply.headers });
  if (reply.body === undefined) return new Response(null, { status: reply.status, headers });
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers });
}
