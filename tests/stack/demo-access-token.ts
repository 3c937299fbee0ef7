import { AuthFlowType, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import type { Stack } from '../../local/stack/start-stack.ts';
import { sdkClient } from '../emulator/support/stack.ts';

/**
 * Signs the seeded demo user in to a running local stack, as one device would (each call is
 * a session of its own), and returns its access token.
 */
export async function demoAccessToken(stack: Stack): Promise<string> {
  const sdk = sdkClient(stack.urls.cognito);
  try {
    const out = await sdk.send(
      new InitiateAuthCommand({
        AuthFlow: AuthFlowType.USER_AUTH,
        ClientId: stack.pool.userPoolClientId,
        AuthParameters: {
          USERNAME: 'demo@example.com',
          PREFERRED_CHALLENGE: 'PASSWORD',
          PASSWORD: DEMO_PASSWORD,
        },
      }),
    );
    return out.AuthenticationResult?.AccessToken ?? '';
  } finally {
    sdk.destroy();
  }
}
