import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileCatalogs } from './scripts/i18n/compile-catalogs.ts';
import { skipAmplifyConfigParsers } from './scripts/vite/skip-amplify-config-parsers.ts';

// React Router's package exports only its development build (dev-time warnings and checks);
// production bundles use the production build it ships beside it (~10 kB gzip smaller).
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

// Rolldown splits the code that the entry and the lazy routes share into ~20 small chunks;
// gzipped one by one they cost 8 kB more than together. One `app` chunk holds what the first
// render needs (the entry stays separate, as it must for index.html). The Amplify modules
// below are only side-effect imports of its barrel files there (its error enums); captured,
// they would be 19 kB raw on every page instead of in the sign-in chunks that use them.
const LAZY_ONLY_AMPLIFY =
  /@aws-amplify[\\/]auth[\\/]dist[\\/]esm[\\/](Errors|common[\\/]AuthErrorStrings|errors[\\/]types[\\/]validation|types[\\/]Auth|providers[\\/]cognito[\\/]types[\\/]errors)\.mjs$/;
const AWS_CRYPTO = /@aws-crypto[\\/](sha256-js|util)[\\/]/;
const ENTRY = /(^|[\\/])(index\.html|src[\\/]main\.tsx|src[\\/]app[\\/]prerender[\\/]boot\.ts)$/;
const firstRenderChunk = {
  name: 'app',
  tags: ['$initial' as const],
  includeDependenciesRecursively: false,
  test: (id: string) => !ENTRY.test(id) && !LAZY_ONLY_AMPLIFY.test(id),
}; // Nothing environment-specific belongs here: one build serves every environment, and
// per-environment settings arrive at runtime from /config.json.
export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [react(), compileCatalogs(), skipAmplifyConfigParsers()],
  resolve: {
    alias:
      command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // The manifest lets `npm run size` follow each route's chunk graph; it is not deployed.
  // Every browser that runs es2022 supports modulepreload, so the polyfill is dead weight.
  // The SSR build (`vite build --ssr src/app/prerender/render-pages.tsx`) is the pre-renderer
  // that deploy and preview:prod run with each environment's config; it is not deployed.
  build: isSsrBuild
    ? { outDir: 'dist-prerender', target: 'node20', copyPublicDir: false }
    : {
        target: 'es2022',
        manifest: true,
        modulePreload: { polyfill: false },
        rolldownOptions: {
          // boot.ts: the classic script pre-rendered pages run before their first paint.
          input: { index: 'index.html', boot: 'src/app/prerender/boot.ts' },
          output: { codeSplitting: { groups: [firstRenderChunk] } },
          // Amplify's modules import @aws-crypto's SHA-256 for its side effects only (a build
          // artifact: it has none), which kept ~3.5 kB of it in the first chunk though only
          // the sign-in code uses it. Its package does not say so, hence here.
          treeshake: {
            moduleSideEffects: (id: string) => (AWS_CRYPTO.test(id) ? false : undefined),
          },
        },
      },
}));
