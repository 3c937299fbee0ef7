import type { PlainResponse } from '../http/handle-request.ts';
import type { AuthorizeRequest } from './authorize-request.ts';
import { escapeHtml as e, page } from './responses.ts';

export const DEFAULT_FEDERATED_USER = {
  email: 'federated.user@example.com',
  name: 'Federated User',
};

/** Where the stand-in identity provider lives on the hosted domain. */
export const idpPath = (provider: string) => `/_local/idp/${encodeURIComponent(provider)}`;

const hidden = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([name, value]) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`)
    .join('');

/**
 * The stand-in for Google, Facebook...: a plain form, so it works without JavaScript. Whatever
 * email it is given becomes the federated identity; nothing is checked, as nothing is secret.
 */
export function idpSignInPage(
  request: AuthorizeRequest & { provider: string },
  values = DEFAULT_FEDERATED_USER,
  error?: string,
): PlainResponse {
  const title = `Sign in to ${request.provider} (local stand-in)`;
  const errorText = error ? `<p class="error" id="email-error" role="alert">${e(error)}</p>` : '';
  return page(
    error ? 400 : 200,
    title,
    `<h1>${e(title)}</h1>
<p>This page plays the part of ${e(request.provider)} for the local Cognito emulator. No password is
asked: the email below becomes the ${e(request.provider)} account that signs in.</p>
<form method="post" action="/oauth2/idpresponse">
${hidden(request.params)}
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${e(values.email)}"${error ? ' aria-invalid="true" aria-describedby="email-error"' : ''}>
${errorText}
<label for="name">Name</label>
<input id="name" name="name" type="text" autocomplete="name" value="${e(values.name)}">
<div class="actions">
<button type="submit" name="action" value="allow">Continue</button>
<button type="submit" name="action" value="deny" class="secondary" formnovalidate>Cancel</button>
</div>
</form>`,
  );
}

/** Cognito would show its own sign-in page here; locally, a list of the client's providers. */
export function providerChoicePage(request: AuthorizeRequest): PlainResponse {
  const providers = (request.client.SupportedIdentityProviders ?? []).filter(
    (p) => p !== 'COGNITO',
  );
  const links = providers
    .map((provider) => {
      const query = new URLSearchParams({ ...request.params, identity_provider: provider });
      return `<li><a href="/oauth2/authorize?${e(query.toString())}">Continue with ${e(provider)}</a></li>`;
    })
    .join('');
  return page(
    200,
    'Choose how to sign in',
    `<h1>Choose how to sign in</h1>
${links ? `<ul>${links}</ul>` : '<p>This app client has no external identity provider.</p>'}
<p>The local hosted domain signs in through identity providers only; use the app's own form for
username and password.</p>`,
  );
}

/** Cognito's hosted error page: the app is never told, because its redirect URI is not trusted. */
export function hostedErrorPage(error: string, description?: string): PlainResponse {
  return page(
    400,
    'An error was encountered',
    `<h1>An error was encountered with the requested page.</h1>
<p>Error: <code>${e(error)}</code></p>
${description ? `<p>${e(description)}</p>` : ''}`,
  );
}
