import type { Emulator } from '../core/emulator.ts';
import { CognitoError } from '../core/errors.ts';
import type { PlainRequest, PlainResponse } from '../http/handle-request.ts';
import { issueCode } from './authorization-codes.ts';
import { type AuthorizeRequest, isResponse, readAuthorizeRequest } from './authorize-request.ts';
import { upsertFederatedUser } from './federated-user.ts';
import { hostedErrorPage, idpPath, idpSignInPage, providerChoicePage } from './pages.ts';
import { redirect, withParams } from './responses.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** GET /oauth2/authorize: checks the request, then goes to the identity provider's page. */
export function authorize(emulator: Emulator, req: PlainRequest): PlainResponse {
  const request = readAuthorizeRequest(emulator.state, req.url.searchParams);
  if (isResponse(request)) return request;
  if (request.provider === undefined) return providerChoicePage(request);
  if (request.provider === 'COGNITO') {
    return hostedErrorPage(
      'unsupported_provider',
      "The local hosted domain has no username and password page; use the app's own sign-in form.",
    );
  }
  return redirect(`${idpPath(request.provider)}?${new URLSearchParams(request.params)}`);
}

/** GET /_local/idp/<provider>: the stand-in provider's sign-in form. */
export function idpPage(emulator: Emulator, req: PlainRequest): PlainResponse {
  const request = readAuthorizeRequest(emulator.state, req.url.searchParams);
  if (isResponse(request)) return request;
  if (!request.provider || request.provider === 'COGNITO')
    return hostedErrorPage('invalid_request');
  return idpSignInPage({ ...request, provider: request.provider });
}

/**
 * POST /oauth2/idpresponse: the provider vouched for the person, so Cognito signs the
 * federated user in and sends the app an authorization code.
 */
export async function idpResponse(emulator: Emulator, req: PlainRequest): Promise<PlainResponse> {
  const form = new URLSearchParams(req.body);
  const request = readAuthorizeRequest(emulator.state, form);
  if (isResponse(request)) return request;
  const provider = request.provider;
  if (!provider || provider === 'COGNITO') return hostedErrorPage('invalid_request');
  const back = (params: Record<string, string>) =>
    redirect(withParams(request.redirectUri, { ...params, state: request.state }));
  if (form.get('action') === 'deny') {
    return back({ error_description: 'The user denied the request.', error: 'access_denied' });
  }
  const email = (form.get('email') ?? '').trim();
  const name = (form.get('name') ?? '').trim();
  if (!EMAIL.test(email)) {
    return idpSignInPage(
      { ...request, provider },
      { email, name },
      'Enter an email address such as name@example.com.',
    );
  }
  try {
    const code = await emulator.update((ctx) => {
      const user = upsertFederatedUser({ ...ctx, pool: request.pool }, { provider, email, name });
      if (!user.enabled) throw new CognitoError('NotAuthorizedException', 'User is disabled.');
      return issueCode(emulator, grantFor(request, user.username));
    });
    return back({ code });
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    return back({ error_description: error.message, error: 'invalid_request' });
  }
}

const grantFor = (request: AuthorizeRequest, username: string) => ({
  poolId: request.pool.id,
  clientId: request.client.ClientId,
  username,
  redirectUri: request.redirectUri,
  scope: request.scopes.join(' '),
  ...(request.codeChallenge !== undefined && { codeChallenge: request.codeChallenge }),
});

/** GET /error: where Cognito sends a browser it cannot send back to the app. */
export function errorPage(req: PlainRequest): PlainResponse {
  const query = req.url.searchParams;
  return hostedErrorPage(
    query.get('error') ?? 'unknown_error',
    query.get('error_description') ?? undefined,
  );
}
