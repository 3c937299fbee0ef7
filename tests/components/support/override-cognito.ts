import { HttpResponse, http } from 'msw';
import { server } from '../msw-server';
import { TEST_ENDPOINT } from './test-cognito';

/** A test's answer to one Cognito call: a response, or undefined to let the emulator answer. */
export type CognitoResolver = (
  body: Record<string, unknown>,
) => Response | undefined | Promise<Response | undefined>;

/**
 * Answers one Cognito operation the app sends (named as in its X-Amz-Target, e.g. `InitiateAuth`)
 * before the emulator does: for failures and timings the emulator cannot produce. The resolver
 * gets the request body; returning undefined passes the call on to the emulator. Lasts until the
 * test ends; a later override of the same operation goes first.
 */
export function overrideCognito(operation: string, resolver: CognitoResolver): void {
  const target = `AWSCognitoIdentityProviderService.${operation}`;
  server.use(
    http.post(TEST_ENDPOINT, async ({ request }) => {
      if (request.headers.get('x-amz-target') !== target) return undefined;
      return resolver((await request.clone().json()) as Record<string, unknown>);
    }),
  );
}

/**
 * A Cognito error on the wire, as Amplify parses it. 400 unless said otherwise: Amplify retries
 * 5xx answers by itself.
 */
export function cognitoError(name: string, message = name, status = 400): Response {
  return HttpResponse.json(
    { __type: name, message },
    { status, headers: { 'x-amzn-errortype': `${name}:` } },
  );
}
