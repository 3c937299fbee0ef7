import { type ReactNode, useEffect } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import type { StartedApp } from '../load-app';
import { keepTypedValues } from './keep-typed-values';
import { restoreStyleAttributes } from './restore-style-attributes';
import { type PrerenderedHtml, showsPrerendered } from './shows-prerendered';

/** Calls `then` once its children are hydrated (effects run after the commit). */
function AfterHydration({ then, children }: { then: () => void; children: ReactNode }) {
  useEffect(() => then(), [then]);
  return children;
}

/**
 * Hydrates the pre-rendered HTML in `container` when the app's first render shows just what
 * it shows; otherwise leaves it, and answers undefined. Only pre-rendered pages load this.
 */
export async function hydratePrerendered(
  container: HTMLElement,
  started: StartedApp,
  html: PrerenderedHtml,
): Promise<Root | undefined> {
  if (!started.app || !(await showsPrerendered(started.app.router, started.app.context)(html))) {
    return undefined;
  }
  restoreStyleAttributes(container);
  // Once hydrated: the app runs, so boot.ts lets events through; the submit or press it held
  // is made again, after React has rendered what was typed (input updates flush in a
  // microtask).
  const takeOver = () => {
    keepTypedValues(container);
    document.documentElement.dataset.app = 'running';
    const held = container.querySelector<HTMLElement>('[data-held]');
    if (!held) return;
    const kind = held.dataset.held;
    held.removeAttribute('data-held');
    setTimeout(() => {
      if (kind === 'submit' && held instanceof HTMLFormElement) held.requestSubmit();
      else held.click();
    });
  };
  return hydrateRoot(container, <AfterHydration then={takeOver}>{started.page}</AfterHydration>);
}
