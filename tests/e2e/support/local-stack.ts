import { type Stack, startStack } from '../../../local/stack/start-stack.ts';

/** The whole local stack on free ports, the app served by Vite: what `npm start` runs. */
export async function startLocalStack(): Promise<Stack & { appUrl: string }> {
  const stack = await startStack({ appPort: 0, quiet: true });
  if (!stack.urls.app) {
    await stack.close();
    throw new Error('the app did not start');
  }
  return { ...stack, appUrl: stack.urls.app };
}
