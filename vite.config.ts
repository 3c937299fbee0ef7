import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// React Router's package exports only its development build (dev-time warnings and checks);
// production bundles use the production build it ships beside it (~10 kB gzip smaller).
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

// Nothing environment-specific belongs here: one build serves every environment, and
// per-environment settings arrive at runtime from /config.json.
export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve: {
    alias:
      command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // The manifest lets `npm run size` follow each route's chunk graph; it is not deployed.
  // Every browser that runs es2022 supports modulepreload, so the polyfill is dead weight.
  build: { target: 'es2022', manifest: true, modulePreload: { polyfill: false } },
}));
