import { describe, expect, it } from 'vitest';
import { call, closeAfterEach, startHarness } from './support/test-servers.ts';
import { testUser } from './support/token-factory.ts';

const cleanup = closeAfterEach();

describe('admin endpoint', () => {
  it('lists the known API users for members of the admin group', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const alice = testUser('alice');
    await call(api, '/api/me', { token: tokens.accessToken(alice) });
    const admin = testUser('root', ['admin', 'staff']);

    const response = await call(api, '/api/admin/users', { token: tokens.accessToken(admin) });
    expect(response.status).toBe(200);
    const users = (response.body as { users: { sub: string; username: string }[] }).users;
    expect(users.map((user) => user.username).sort()).toEqual(['alice', 'root']);
    expect(users.find((user) => user.username === 'alice')?.sub).toBe(alice.sub);
  });

  it('answers 403 to a valid token without the group', async () => {
    const { api, tokens } = await startHarness(cleanup);
    for (const user of [testUser('alice'), testUser('bob', ['staff'])]) {
      const response = await call(api, '/api/admin/users', { token: tokens.accessToken(user) });
      expect(response).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    }
  });

  it('uses the configured admin group', async () => {
    const { api, tokens } = await startHarness(cleanup, { adminGroup: 'ops' });
    const ops = await call(api, '/api/admin/users', {
      token: tokens.accessToken(testUser('o', ['ops'])),
    });
    expect(ops.status).toBe(200);
    const admin = await call(api, '/api/admin/users', {
      token: tokens.accessToken(testUser('a', ['admin'])),
    });
    expect(admin.status).toBe(403);
  });

  it('requires a token', async () => {
    const { api } = await startHarness(cleanup);
    expect((await call(api, '/api/admin/users')).status).toBe(401);
  });
});
