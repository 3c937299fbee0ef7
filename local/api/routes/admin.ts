import { errorReply, json } from '../respond.ts';
import type { Route } from './route.ts';

export const adminRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/admin/users',
    // Sensitive: admin rights must end with the session, not with the token's exp.
    auth: 'sensitive',
    handle: async ({ claims, store, adminGroup }) => {
      const groups = claims['cognito:groups'] ?? [];
      if (!groups.includes(adminGroup)) {
        return errorReply(403, 'forbidden', `Requires membership of the ${adminGroup} group`);
      }
      return json(200, { users: await store.listUsers() });
    },
  },
];
