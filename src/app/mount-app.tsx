import { createRoot, type Root } from 'react-dom/client';
import { activeLocale } from '../lib/i18n/i18n';
import { startApp } from './load-app';

/**
 * Starts the app in `container`. A pre-rendered page (prerender/boot.ts, page-html.ts) is
 * hydrated when the first render shows just what its HTML shows; otherwise, say for someone
 * signed in, the HTML (hidden by boot.ts) is replaced, so it never flashes or mismatches.
 */
export async function mountApp(container: HTMLElement): Promise<Root> {
  const html = document.documentElement;
  const { prerendered, config } = html.dataset;
  // The HTML's language, before start-up sets <html lang> to the one this browser gets.
  const lang = html.lang;
  // Only pre-rendered pages need the hydration code; it loads beside start-up (their HTML
  // preloads it), and if it cannot load the app renders afresh.
  const hydration =
    prerendered === undefined
      ? undefined
      : import('./prerender/hydrate-prerendered').catch(() => undefined);
  const started = await startApp();
  const hydrate = (await hydration)?.hydratePrerendered;
  const hydrated =
    hydrate && prerendered !== undefined && lang === activeLocale()
      ? await hydrate(container, started, { path: prerendered, config })
      : undefined;
  let root = hydrated;
  if (!root) {
    container.replaceChildren();
    root = createRoot(container);
    root.render(started.page);
    // Every form is React's from now on: boot.ts lets their submits through.
    html.dataset.app = 'running';
  }
  html.classList.remove('prerender-stale');
  return root;
}
