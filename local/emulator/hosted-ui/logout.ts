import type { Emulator } from '../core/emulator.ts';
import type { PlainRequest, PlainResponse } from '../http/handle-request.ts';
import { findClient } from './authorize-request.ts';
import { redirect } from './responses.ts';

/**
 * GET /logout: ends the hosted domain's own session and returns to the app. Tokens already
 * issued stay valid, as with Cognito (the app revokes its refresh token itself).
 */
export function logout(emulator: Emulator, req: PlainRequest): PlainResponse {
  const query = req.url.searchParams;
  const clientId = query.get('client_id') ?? '';
  const found = clientId ? findClient(emulator.state, clientId) : undefined;
  if (!found)
    return redirect(
      `/error?${new URLSearchParams({ error: 'invalid_request', error_description: 'Client does not exist.' })}`,
    );
  const logoutUri = query.get('logout_uri');
  if (!logoutUri || !(found.client.LogoutURLs ?? []).includes(logoutUri)) {
    return redirect(
      `/error?${new URLSearchParams({ error: 'redirect_mismatch', client_id: clientId })}`,
    );
  }
  return redirect(logoutUri);
}
