import { existsSync } from 'node:fs';
import { type Stack, startStack } from '../../../local/stack/start-stack.ts';

const DIST = 'dist';

/** The stack with the app's address, which browser tests always have. */
export type LocalStack = Stack & { appUrl: string };

/**
 * The whole local stack on free ports: what `npm start` runs, the app served by Vite; or,
 * with `production`, the build in dist/ served as CloudFront serves it (`npm run preview:prod`).
 */
export async function startLocalStack(options: { production?: boolean } = {}): Promise<LocalStack> {
  if (options.production && !existsSync(`${DIST}/index.html`)) {
    throw new Error('No build in dist/: run `npm run build` before the production browser tests.');
  }
  const stack = await startStack({
    appPort: 0,
    quiet: true,
    ...(options.production && { appServer: { dist: DIST } }),
  });
  if (!stack.urls.app) {
    await stack.close();
    throw new Error('the app did not start');
  }
  return { ...stack, appUrl: stack.urls.app };
}
