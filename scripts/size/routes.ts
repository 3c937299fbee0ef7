import { paths } from '../../src/config/paths.ts';

/** Who opens a route: nobody (a first visit), or a demo user signed in beforehand. */
export type Visitor = 'signed-out' | 'demo' | 'admin';

export interface RouteToMeasure {
  /** The route as the budgets name it: its path, or `*` for any unknown URL. */
  readonly route: string;
  /** What the browser opens. */
  readonly url: string;
  readonly visitor: Visitor;
  /** Where a signed-in visitor should end up, when the route itself redirects. */
  readonly landsOn?: string;
}

/** Routes with no page of their own: they open another one. */
const REDIRECTS: Readonly<Record<string, string>> = {
  [paths.account.path]: paths.account.details.path,
};

/** Pages behind the session gate, opened by a user allowed to see them (admin needs the group). */
const SIGNED_IN: Readonly<Record<string, Visitor>> = {
  [paths.profile.path]: 'demo',
  [paths.claims.path]: 'demo',
  [paths.notes.path]: 'demo',
  [paths.files.path]: 'demo',
  [paths.account.path]: 'demo',
  [paths.account.details.path]: 'demo',
  [paths.account.security.path]: 'demo',
  [paths.account.devices.path]: 'demo',
  [paths.account.data.path]: 'demo',
  [paths.admin.path]: 'admin',
};

/** Every `path` in the paths object, so a route added there is measured (and needs a budget). */
function pathsIn(node: unknown, found: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return found;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'path' && typeof value === 'string') found.push(value);
    else pathsIn(value, found);
  }
  return found;
}

/** The routes `npm run size` opens, in a stable order, plus the not-found page as `*`. */
export function routesToMeasure(): RouteToMeasure[] {
  const routes = [...new Set(pathsIn(paths))].sort().map((path) => ({
    route: path,
    url: path,
    visitor: SIGNED_IN[path] ?? ('signed-out' as const),
    ...(REDIRECTS[path] && { landsOn: REDIRECTS[path] }),
  }));
  return [...routes, { route: '*', url: '/no-such-page', visitor: 'signed-out' }];
}
