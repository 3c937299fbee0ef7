export type BearerToken =
  | { kind: 'missing' }
  | { kind: 'malformed' }
  | { kind: 'present'; token: string };

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function readBearerToken(header: string | undefined): BearerToken {
  const [scheme = '', ...rest] = (header ?? '').trim().split(/ +/);
  // Another scheme (Basic, …) is no bearer credential at all, so it gets the bare challenge.
  if (scheme.toLowerCase() !== 'bearer') return { kind: 'missing' };
  const token = rest.join(' ');
  if (!JWT_SHAPE.test(token)) return { kind: 'malformed' };
  return { kind: 'present', token };
}
