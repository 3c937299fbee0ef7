import { json } from '../respond.ts';
import type { Route } from './route.ts';

export const healthRoutes: Route[] = [
  { method: 'GET', path: '/api/health', auth: 'none', handle: () => json(200, { ok: true }) },
];
