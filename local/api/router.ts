import { adminRoutes } from './routes/admin.ts';
import { healthRoutes } from './routes/health.ts';
import { meRoutes } from './routes/me.ts';
import { notesRoutes } from './routes/notes.ts';
import type { Route } from './routes/route.ts';

export const routes: readonly Route[] = [
  ...healthRoutes,
  ...meRoutes,
  ...notesRoutes,
  ...adminRoutes,
];

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string }
  | { kind: 'not-found' };

export function matchRoute(method: string, pathname: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    if (route.method === method) return { kind: 'found', route, params };
    allowed.push(route.method);
  }
  if (allowed.length === 0) return { kind: 'not-found' };
  return { kind: 'method-not-allowed', allow: [...allowed, 'OPTIONS'].join(', ') };
}

function matchPath(template: string, pathname: string): Record<string, string> | undefined {
  const expected = template.split('/');
  const actual = pathname.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of expected.entries()) {
    const value = actual[i] ?? '';
    if (part.startsWith(':')) {
      const decoded = safeDecode(value);
      if (!decoded) return undefined;
      params[part.slice(1)] = decoded;
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value) || undefined;
  } catch {
    return undefined;
  }
}
