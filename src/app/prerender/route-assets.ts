import type { PageAssets } from './page-html';

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

/** Vite's build manifest: source path (or chunk id) → output chunk. */
export type ViteManifest = Readonly<Record<string, ManifestChunk>>;

/** The classic script pre-rendered pages run first; a second build input (vite.config.ts). */
export const BOOT_SOURCE = 'src/app/prerender/boot.ts';
/** What hydrates them, imported by mount-app.tsx only when a page is pre-rendered. */
const HYDRATE_SOURCE = 'src/app/prerender/hydrate-prerendered.tsx';

const ENTRY = 'index.html';

/** The manifest entry `key` names, or a clear error: a renamed route must not ship blank. */
function chunk(manifest: ViteManifest, key: string): ManifestChunk {
  const found = manifest[key];
  if (!found) throw new Error(`${key} is not in the build manifest: rebuild, or fix its name`);
  return found;
}

/**
 * The stylesheets and chunks a pre-rendered route needs beyond the entry's (which index.html
 * already loads): its own, those of its static imports and the hydration code, so the page
 * paints styled and hydrates without waiting for the app to discover them.
 */
export function routeAssets(manifest: ViteManifest, route: string): PageAssets {
  const loadedByEntry = new Set<string>();
  const collect = (key: string, into: Set<string>) => {
    if (into.has(key)) return;
    into.add(key);
    for (const imported of chunk(manifest, key).imports ?? []) collect(imported, into);
  };
  collect(ENTRY, loadedByEntry);
  const needed = new Set<string>();
  collect(route, needed);
  collect(HYDRATE_SOURCE, needed);
  const own = [...needed]
    .filter((key) => !loadedByEntry.has(key))
    .map((key) => chunk(manifest, key));
  return {
    styles: own.flatMap((c) => c.css ?? []).map((file) => `/${file}`),
    scripts: own.map((c) => `/${c.file}`),
    boot: `/${chunk(manifest, BOOT_SOURCE).file}`,
  };
}
