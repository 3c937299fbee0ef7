import type { Reply } from '../respond.ts';
import type { ApiUser, MemoryStore } from '../store.ts';
import type { AccessTokenClaims } from '../verify-access-token.ts';

export type Method = 'GET' | 'POST' | 'DELETE';

export interface PublicContext {
  req: Request;
  params: Record<string, string>;
}

export interface AuthedContext extends PublicContext {
  claims: AccessTokenClaims;
  /** The API's own record for the caller, created on first sight. */
  user: ApiUser;
  store: MemoryStore;
  adminGroup: string;
}

interface RouteBase {
  method: Method;
  /** Segments starting with `:` capture a parameter, e.g. `/api/notes/:id`. */
  path: string;
}

export interface PublicRoute extends RouteBase {
  auth: 'none';
  handle(ctx: PublicContext): Reply | Promise<Reply>;
}

export interface AuthedRoute extends RouteBase {
  /** `sensitive` adds the Cognito revocation check on top of JWT verification. */
  auth: 'user' | 'sensitive';
  handle(ctx: AuthedContext): Reply | Promise<Reply>;
}

export type Route = PublicRoute | AuthedRoute;
