import type { AuthFailure } from './auth-failure.ts';
import { discardBody } from './discard-body.ts';

export type RevocationOutcome = { ok: true } | ({ ok: false } & AuthFailure);

export type RevocationChecker = (accessToken: string) => Promise<RevocationOutcome>;

/**
 * A signature check cannot see GlobalSignOut / RevokeToken: the token stays valid until exp.
 * Cognito's GetUser does see it, so sensitive calls ask Cognito (see README.md for the trade-off).
 * Fails closed: if Cognito cannot answer, the sensitive call is refused with 503.
 */
export function createRevocationChecker(endpoint: string, timeoutMs = 3_000): RevocationChecker {
  return async (accessToken) => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser',
        },
        body: JSON.stringify({ AccessToken: accessToken }),
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      return unavailable(`GetUser unreachable: ${err instanceof Error ? err.name : 'error'}`);
    }
    if (response.ok) {
      discardBody(response.body);
      return { ok: true };
    }
    const errorType = await readErrorType(response);
    if (response.status === 400 && errorType === 'NotAuthorizedException') {
      return {
        ok: false,
        status: 401,
        description: 'Access Token has been revoked',
        reason: 'revoked',
      };
    }
    if (response.status === 400 && errorType === 'UserNotFoundException') {
      return { ok: false, status: 401, description: 'User no longer exists', reason: 'user-gone' };
    }
    return unavailable(`GetUser ${response.status} ${errorType ?? ''}`.trim());
  };
}

function unavailable(reason: string): RevocationOutcome {
  return {
    ok: false,
    status: 503,
    description: 'Could not confirm the session with Cognito',
    reason,
  };
}

// AWS JSON errors name the type in the body (`__type`, sometimes namespaced `ns#Name`) or in a header.
async function readErrorType(response: Response): Promise<string | undefined> {
  const header = response.headers.get('x-amzn-errortype');
  let fromBody: unknown;
  try {
    fromBody = ((await response.json()) as { __type?: unknown; code?: unknown }).__type;
  } catch {
    fromBody = undefined;
  }
  const raw = typeof fromBody === 'string' ? fromBody : header;
  return raw?.split('#').pop()?.split(':')[0];
}
