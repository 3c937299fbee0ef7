import type { Reply } from '../respond.ts';
import type { DynamoStore } from '../store/dynamo-store.ts';
import type { ApiUser } from '../store/types.ts';
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
  store: DynamoStore;
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
  /**
   * What is checked besides the JWT: `user` nothing (reads); `write` the Cognito revocation
   * check, answered from a cache of a few seconds; `sensitive` the revocation check, every
   * time (destroys data, hands over all of it, or uses privileges).
   */
  auth: AuthLevel;
  handle(ctx: AuthedContext): Reply | Promise<Reply>;
}

export type Route = PublicRoute | AuthedRoute;

export type AuthLevel = 'user' | 'write' | 'sensitive';
