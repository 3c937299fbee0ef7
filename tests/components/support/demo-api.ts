import { createApiHandler } from '../../../local/api/handle-request';
import { apiHandlers } from '../../../local/api/msw-handlers';
import type { DynamoStore } from '../../../local/api/store/dynamo-store';
import type { ApiUser } from '../../../local/api/store/types';
import { cognitoHandlers } from '../../../local/emulator/msw/handlers';
import { server } from '../msw-server';
import { testConfig } from '../render-app';
import { demoStore } from './demo-dynalite';
import type { TestCognito } from './test-cognito';

/**
 * Where the API reaches the emulator (JWKS, GetUser revocation check): an address of its own, as
 * a backend calls Cognito from its own network, so what the app sends to Cognito
 * (watchCognitoTraffic, overrideCognito) stays the app's alone. Never listened on.
 */
const BACKEND_COGNITO_ENDPOINT = 'http://127.0.0.1:59230/';

/** A request that reached the API: enough to assert on tokens and calls without reading bodies. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
}

export interface DemoApi {
  /** The API's data: seed it or read it back (notes are kept by the API user's id). */
  readonly store: DynamoStore;
  /** Requests that reached the API, in order; not those a test's own handler answered. */
  readonly requests: SeenRequest[];
  /** The API's record for `email`, created as on the user's first call if there is none yet. */
  userFor(email: string): Promise<ApiUser>;
}

/**
 * The real demo API (local/api, the code `npm start` serves) answering `${apiUrl}/*` through MSW,
 * trusting the tokens of `cognito`'s pool. Its data is in dynalite, a new table per call (see
 * demo-dynalite.ts). Error cases override single routes with `server.use(...)` in the test that
 * needs them.
 */
export async function startDemoApi(
  cognito: TestCognito,
  apiUrl: string = testConfig.apiUrl,
): Promise<DemoApi> {
  const store = await demoStore();
  const requests: SeenRequest[] = [];
  const handle = createApiHandler({
    userPoolId: cognito.poolId,
    clientId: cognito.clientId,
    jwksUri: `${BACKEND_COGNITO_ENDPOINT}${cognito.poolId}/.well-known/jwks.json`,
    cognitoEndpoint: BACKEND_COGNITO_ENDPOINT,
    allowedOrigins: [window.location.origin],
    store,
  });
  server.use(
    ...cognitoHandlers(cognito.emulator, BACKEND_COGNITO_ENDPOINT),
    ...apiHandlers((request) => {
      const { method, url, headers } = request;
      requests.push({
        method,
        path: new URL(url).pathname,
        authorization: headers.get('authorization'),
      });
      return handle(request);
    }, apiUrl),
  );
  return {
    store,
    requests,
    async userFor(email) {
      const found = (await cognito.emulator.call('AdminGetUser', {
        UserPoolId: cognito.poolId,
        Username: email,
      })) as { Username: string; UserAttributes: { Name: string; Value: string }[] };
      const sub = found.UserAttributes.find((a) => a.Name === 'sub')?.Value ?? '';
      return store.seeUser(sub, found.Username);
    },
  };
}
