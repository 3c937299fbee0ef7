import { errorReply, type Reply } from './respond.ts';

export interface AuthFailure {
  status: 401 | 503;
  /** Text for error_description: fixed strings only, so no token content or quotes leak into headers. */
  description: string;
  /** Internal reason for the request log. */
  reason: string;
}

export function authFailureReply(failure: AuthFailure): Reply {
  if (failure.status === 503) {
    // Not the caller's fault: a 401 would make the SPA throw away a perfectly good session.
    return errorReply(503, 'temporarily_unavailable', failure.description, { 'retry-after': '5' });
  }
  return errorReply(401, 'invalid_token', failure.description, {
    'www-authenticate': `Bearer error="invalid_token", error_description="${failure.description}"`,
  });
}

export function missingTokenReply(): Reply {
  // RFC 6750 §3.1: a request without credentials gets a bare challenge, no error code.
  return errorReply(401, 'unauthorized', 'Authorization: Bearer <access token> is required', {
    'www-authenticate': 'Bearer',
  });
}
