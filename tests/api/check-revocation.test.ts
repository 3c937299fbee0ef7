import { describe, expect, it } from 'vitest';
import { startFakeCognito } from './support/fake-cognito.ts';
import { call, closeAfterEach, startHarness, startTinyServer } from './support/test-servers.ts';
import { testUser } from './support/token-factory.ts';

const cleanup = closeAfterEach();

async function fakeCognito(revoked: Set<string>, status?: number) {
  const cognito = await startFakeCognito(revoked, status);
  cleanup(cognito.close);
  return cognito;
}

describe('revocation check on sensitive calls', () => {
  it('refuses a revoked token on DELETE and on the admin endpoint', async () => {
    const revoked = new Set<string>();
    const cognito = await fakeCognito(revoked);
    const { api, tokens } = await startHarness(cleanup, { cognitoEndpoint: cognito.url });
    const token = tokens.accessToken(testUser('alice', ['admin']));
    const note = (await call(api, '/api/notes', { method: 'POST', token, json: { text: 'keep' } }))
      .body as { id: string };

    revoked.add(token);
    const del = await call(api, `/api/notes/${note.id}`, { method: 'DELETE', token });
    expect(del.status).toBe(401);
    expect(del.headers.get('www-authenticate')).toBe(
      'Bearer error="invalid_token", error_description="Access Token has been revoked"',
    );
    expect(del.body).toEqual({ error: 'invalid_token', message: 'Access Token has been revoked' });
    expect((await call(api, '/api/admin/users', { token })).status).toBe(401);

    // The JWT alone still looks fine: exactly the gap the check closes.
    const list = await call(api, '/api/notes', { token });
    expect(list.status).toBe(200);
    expect((list.body as { notes: unknown[] }).notes).toHaveLength(1);
  });

  it('sends GetUser as Cognito expects and lets a live token through', async () => {
    const cognito = await fakeCognito(new Set());
    const { api, tokens } = await startHarness(cleanup, { cognitoEndpoint: cognito.url });
    const token = tokens.accessToken(testUser('alice', ['admin']));
    const note = (await call(api, '/api/notes', { method: 'POST', token, json: { text: 'x' } }))
      .body as { id: string };
    // A write asks too (then trusts the answer for a few seconds, see write-revocation.test.ts).
    expect(cognito.calls).toHaveLength(1);
    expect((await call(api, '/api/notes', { token })).status).toBe(200);
    expect(cognito.calls).toHaveLength(1);

    expect((await call(api, `/api/notes/${note.id}`, { method: 'DELETE', token })).status).toBe(
      204,
    );
    expect((await call(api, '/api/admin/users', { token })).status).toBe(200);
    expect(cognito.calls).toEqual([
      {
        target: 'AWSCognitoIdentityProviderService.GetUser',
        contentType: 'application/x-amz-json-1.1',
        body: { AccessToken: token },
      },
      {
        target: 'AWSCognitoIdentityProviderService.GetUser',
        contentType: 'application/x-amz-json-1.1',
        body: { AccessToken: token },
      },
      {
        target: 'AWSCognitoIdentityProviderService.GetUser',
        contentType: 'application/x-amz-json-1.1',
        body: { AccessToken: token },
      },
    ]);
  });

  it('never forwards a token that failed local verification', async () => {
    const cognito = await fakeCognito(new Set());
    const { api, tokens } = await startHarness(cleanup, { cognitoEndpoint: cognito.url });
    const idToken = tokens.idToken(testUser('alice', ['admin']));
    expect((await call(api, '/api/admin/users', { token: idToken })).status).toBe(401);
    expect((await call(api, '/api/notes/x', { method: 'DELETE' })).status).toBe(401);
    expect(cognito.calls).toHaveLength(0);
  });

  it('fails closed with 503 when Cognito cannot answer', async () => {
    const cognito = await fakeCognito(new Set(), 500);
    const { api, tokens } = await startHarness(cleanup, { cognitoEndpoint: cognito.url });
    const token = tokens.accessToken(testUser('alice', ['admin']));
    const response = await call(api, '/api/admin/users', { token });
    expect(response).toMatchObject({ status: 503, body: { error: 'temporarily_unavailable' } });
    expect(response.headers.get('www-authenticate')).toBeNull();
  });

  it('fails closed when the endpoint is unreachable', async () => {
    const gone = await startTinyServer(() => {});
    await gone.close();
    const { api, tokens } = await startHarness(cleanup, { cognitoEndpoint: `${gone.url}/` });
    const token = tokens.accessToken(testUser('alice', ['admin']));
    expect((await call(api, '/api/admin/users', { token })).status).toBe(503);
  });
});
