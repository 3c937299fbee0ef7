import { createHash } from 'node:crypto';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, type DataStrategyFunction } from 'react-router';
import { pageTitle } from '../../components/ui/page-title';
import { UiProvider } from '../../components/ui-provider';
import { sessionQueryKey } from '../../lib/auth/get-current-session';
import { configDigest } from '../../lib/config/config-digest';
import { problemInEnglish } from '../../lib/config/problem-in-english';
import type { AppConfig } from '../../lib/config/types';
import { validateConfig } from '../../lib/config/validate-config';
import { activateLocale, t } from '../../lib/i18n/i18n';
import { textDirection } from '../../lib/i18n/locales';
import { App } from '../app';
import { createServices } from '../create-services';
import { appRoutes } from '../router';
import { waitForRouter } from '../wait-for-router';
import { liftedStyleSheet, liftStyleAttributes } from './lift-style-attributes';
import { pageHtml } from './page-html';
import { PRERENDERED_PAGES, type PrerenderedPage, pageKey } from './pages';
import { routeAssets, type ViteManifest } from './route-assets';

export interface PrerenderInput {
  /** The environment's config.json, as published beside the pages. */
  readonly config: unknown;
  /** The built index.html. */
  readonly template: string;
  /** The client build's .vite/manifest.json. */
  readonly manifest: ViteManifest;
}

/** An object to publish beside the build: a page, or the stylesheet pages share. */
export interface PrerenderedObject {
  readonly key: string;
  readonly body: string;
}

// Loaders ask the browser (stored tokens, a step in progress) and run there; the HTML shows
// what someone signed out sees, and the browser checks before it hydrates (mount-app.tsx).
const withoutLoaders: DataStrategyFunction = async ({ matches }) =>
  Object.fromEntries(
    await Promise.all(
      matches.map(async (match) => [match.route.id, await match.resolve(async () => null)]),
    ),
  );

// Any path the router does not know shows the not-found page.
const UNKNOWN_PATH = '/_prerender/not-found';

/** The app's markup at `page.path` for someone signed out, as the browser's first render. */
async function renderMarkup(page: PrerenderedPage, config: AppConfig): Promise<string> {
  const context = createServices(config);
  context.queryClient.setQueryData(sessionQueryKey, null);
  const router = createMemoryRouter(appRoutes(context), {
    initialEntries: [page.path === '*' ? UNKNOWN_PATH : page.path],
    dataStrategy: withoutLoaders,
  });
  try {
    await waitForRouter(router);
    if (router.state.errors) {
      throw new Error(`${page.path} failed to render: ${Object.keys(router.state.errors)}`);
    }
    const markup = renderToString(
      <UiProvider>
        <App context={context} router={router} />
      </UiProvider>,
    );
    // A boundary that suspended would be client-rendered: HTML that hydration throws away.
    if (markup.includes('<!--$!-->') || markup.includes('<!--$?-->')) {
      throw new Error(`${page.path} suspended while pre-rendering`);
    }
    return markup;
  } finally {
    router.dispose();
    context.queryClient.clear();
  }
}

/**
 * The public pages as HTML for one environment, plus the stylesheet they share: run at
 * publish time (deploy, production preview) with the config.json published beside them, so
 * one build serves every environment. Throws on a config the app would refuse.
 */
export async function renderPages(input: PrerenderInput): Promise<PrerenderedObject[]> {
  const result = validateConfig(input.config);
  if (!result.ok) {
    const problems = result.problems.map(problemInEnglish).join('; ');
    throw new Error(`cannot pre-render with an invalid config.json: ${problems}`);
  }
  // The pages are in the default language; boot.ts hides them from a browser that prefers
  // another offered one, and the app renders that afresh (no flash, no hydration mismatch).
  const { defaultLocale, locales } = result.config;
  await activateLocale(defaultLocale);
  const rendered: { page: PrerenderedPage; markup: string }[] = [];
  const styles = new Set<string>();
  for (const page of PRERENDERED_PAGES) {
    const lifted = liftStyleAttributes(await renderMarkup(page, result.config));
    for (const style of lifted.styles) styles.add(style);
    rendered.push({ page, markup: lifted.markup });
  }
  const css = liftedStyleSheet(styles);
  const cssKey = `assets/prerendered-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
  // The app names the document after the page's h1 (components/ui/typography.tsx) once it runs;
  // the HTML does so from the start. Markup is escaped HTML, as <title> wants it.
  const titleOf = (markup: string) =>
    pageTitle(
      markup.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]?.replace(/<[^>]*>/g, ''),
      t('app.name'),
    );
  const pages = rendered.map(({ page, markup }) => {
    const assets = routeAssets(input.manifest, page.route);
    const html = pageHtml({
      template: input.template,
      markup,
      title: titleOf(markup),
      path: page.path,
      configDigest: configDigest(result.config),
      locale: { lang: defaultLocale, dir: textDirection(defaultLocale), offered: locales },
      assets: { ...assets, styles: [`/${cssKey}`, ...assets.styles] },
    });
    return { key: pageKey(page), body: html };
  });
  return [{ key: cssKey, body: css }, ...pages];
}
