import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrerenderedObject, renderPages } from '../../src/app/prerender/render-pages.tsx';

export type { PrerenderedObject };

/** The pre-renderer `npm run build` writes beside the client build (vite.config.ts). */
export const prerendererFor = (distDir: string) =>
  join(dirname(resolve(distDir)), 'dist-prerender', 'render-pages.js');

/**
 * The public pages of the build in `distDir` rendered with the config.json they will be
 * published with: what a deploy uploads and the production preview serves. Throws when the
 * build has no pre-renderer, or the config is one the app would refuse.
 */
export async function prerenderSite(distDir: string, config: object): Promise<PrerenderedObject[]> {
  const renderer = prerendererFor(distDir);
  if (!existsSync(renderer)) {
    throw new Error(`${renderer} not found: run \`npm run build\` (it builds the pre-renderer).`);
  }
  const module = (await import(pathToFileURL(renderer).href)) as {
    renderPages: typeof renderPages;
  };
  return module.renderPages({
    config,
    template: readFileSync(join(distDir, 'index.html'), 'utf8'),
    manifest: JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')),
  });
}
