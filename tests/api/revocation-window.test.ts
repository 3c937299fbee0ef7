import { GlobalSignOutCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_REVOCATION_CACHE_SECONDS } from '../../local/api/revocation-cache.ts';
import { type Stack, startStack } from '../../local/stack/start-stack.ts';
import { sdkClient } from '../emulator/support/stack.ts';
import { demoAccessToken } from '../stack/demo-access-token.ts';

const stacks: Stack[] = [];
afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.close();
});

function writeNote(stack: Stack, token: string, text: string) {
  return fetch(`${stack.urls.api}/api/notes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

describe('a revoked session stops writing', () => {
  it(`is refused within ${DEFAULT_REVOCATION_CACHE_SECONDS} s of "sign out everywhere" on another device`, async () => {
    const stack = await startStack({ quiet: true });
    stacks.push(stack);
    const laptop = await demoAccessToken(stack);
    const phone = await demoAccessToken(stack);
    // The phone has just written: its session is in the API's revocation cache as live.
    expect((await writeNote(stack, phone, 'before')).status).toBe(201);

    const sdk = sdkClient(stack.urls.cognito);
    await sdk.send(new GlobalSignOutCommand({ AccessToken: laptop }));
    sdk.destroy();
    const signedOutAt = performance.now();

    let refused: Response | undefined;
    let writes = 0;
    while (!refused && performance.now() - signedOutAt < 30_000) {
      const response = await writeNote(stack, phone, `after ${writes++}`);
      if (response.status === 401) refused = response;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (performance.now() - signedOutAt) / 1000;
    console.info(`sign-out-everywhere → another device's write refused: ${seconds.toFixed(2)} s`);
    expect(refused?.headers.get('www-authenticate')).toContain('Access Token has been revoked');
    expect(seconds).toBeLessThanOrEqual(DEFAULT_REVOCATION_CACHE_SECONDS + 0.5);

    // Reads trust the signed JWT alone until it expires (see local/api/README.md).
    const read = await fetch(`${stack.urls.api}/api/notes`, {
      headers: { authorization: `Bearer ${phone}` },
    });
    expect(read.status).toBe(200);
  }, 40_000);
});
