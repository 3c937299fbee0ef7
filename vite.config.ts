import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Nothing environment-specific belongs here: one build serves every environment, and
// per-environment settings arrive at runtime from /config.json.
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // The manifest lets `npm run size` follow each route's chunk graph; it is not deployed.
  build: { target: 'es2022', manifest: true },
});
