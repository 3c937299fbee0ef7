/** The API answered with an error status; `code` is the API's `error` field when it sent a sane one. */
export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  readonly status: number;
  readonly code: string | undefined;

  constructor(status: number, code?: string, message = `The API answered ${status}`) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** 403: signed in, but not allowed to do this. */
export class ForbiddenError extends ApiError {
  override readonly name = 'ForbiddenError';

  constructor(code?: string) {
    super(403, code, "You don't have access");
  }
}

/** The API refused the access token even after a refresh: the session is over. */
export class SessionEndedError extends Error {
  override readonly name = 'SessionEndedError';

  constructor() {
    super('Your session ended. Please sign in again.');
  }
}

/** The request never got an answer (offline, DNS, CORS refusal, connection reset). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';

  constructor(options?: { cause?: unknown }) {
    super('The API could not be reached', options);
  }
}

/** The API answered 2xx with a body we do not accept: wrong type, wrong shape, not JSON. */
export class InvalidResponseError extends Error {
  override readonly name = 'InvalidResponseError';
  readonly status: number;

  constructor(status: number, reason: string) {
    super(`The API sent an unexpected response (${reason})`);
    this.status = status;
  }
}
