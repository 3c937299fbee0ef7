import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The floor page `npm run perf` compares the app with: built by the same Vite with the app's
// production options (vite.config.ts at the root): React Router's production build, es2022,
// no modulepreload polyfill. Only the app's chunk grouping is left out: one page, one chunk.
const reactRouterProduction = fileURLToPath(
  new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] },
  build: { target: 'es2022', modulePreload: { polyfill: false } },
});
