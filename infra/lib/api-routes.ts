import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { routes } from '../../local/api/router.ts';

/** One route of the HTTP API, from the handler's own route table. */
export interface ApiRouteSpec {
  readonly method: HttpMethod;
  /** API Gateway's template: `/api/notes/{id}`. */
  readonly path: string;
  /** False only where the handler needs no token either (health). */
  readonly authorized: boolean;
}

/**
 * The HTTP API's routes, read from local/api/router.ts: a route added to the handler is a
 * route at the edge too, and its authorization follows the handler's (`auth: 'none'` is the
 * only unauthorized kind). Anything else API Gateway answers 404 without invoking the function.
 */
export function apiRouteSpecs(): ApiRouteSpec[] {
  return routes.map((route) => ({
    method: HttpMethod[route.method],
    path: route.path.replace(/:(\w+)/g, '{$1}'),
    authorized: route.auth !== 'none',
  }));
}
