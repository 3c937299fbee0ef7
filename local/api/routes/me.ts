import { json } from '../respond.ts';
import type { Route } from './route.ts';

export const meRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/me',
    auth: 'user',
    handle: ({ claims, user }) => json(200, { claims, user }),
  },
  {
    // Sensitive: destroys everything the API holds for the caller, so a revoked session
    // (signed out everywhere, user deleted) must not be able to do it.
    method: 'DELETE',
    path: '/api/me',
    auth: 'sensitive',
    handle: async ({ store, claims }) => {
      // Idempotent: nothing left (a retry after a lost answer) is the outcome asked for.
      await store.deleteUser(claims.sub);
      return { status: 204 };
    },
  },
  {
    // Sensitive as well: a stolen but revoked token must not walk off with all of it at once.
    method: 'GET',
    path: '/api/me/export',
    auth: 'sensitive',
    handle: async ({ store, claims, user }) => {
      const held = (await store.exportUser(claims.sub)) ?? { user, notes: [] };
      return json(200, { exportedAt: new Date().toISOString(), ...held });
    },
  },
];
