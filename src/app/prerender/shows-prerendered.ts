import { getSessionQueryOptions } from '../../lib/auth/get-current-session';
import { configDigest } from '../../lib/config/config-digest';
import type { RouteContext } from '../route-context';
import type { AppRouter } from '../router';
import { waitForRouter } from '../wait-for-router';

/** What pre-rendered HTML says about itself (`data-*` on <html>, page-html.ts). */
export interface PrerenderedHtml {
  readonly path: string;
  readonly config?: string;
}

/**
 * Whether the app's first render shows what pre-rendered HTML shows, so it may hydrate it:
 * the same config, the page at its path (or not-found for `*`) without search params, and
 * nobody signed in, once the router has loaded the page and run its loaders.
 */
export const showsPrerendered =
  (router: AppRouter, { config, queryClient }: RouteContext) =>
  async (html: PrerenderedHtml): Promise<boolean> => {
    if (html.config !== configDigest(config)) return false;
    await waitForRouter(router);
    const { location, matches, errors, navigation } = router.state;
    if (errors || navigation.state !== 'idle' || location.search !== '') return false;
    const leaf = matches.at(-1)?.route.path;
    if (html.path === '*' ? leaf !== '*' : location.pathname !== html.path) return false;
    return (await queryClient.ensureQueryData(getSessionQueryOptions())) === null;
  };
