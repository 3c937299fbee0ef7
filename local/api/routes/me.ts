import { json } from '../respond.ts';
import type { Route } from './route.ts';

export const meRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/me',
    auth: 'user',
    handle: ({ claims, user }) => json(200, { claims, user }),
  },
];
