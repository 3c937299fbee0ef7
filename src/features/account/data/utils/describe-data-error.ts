import { describeApiError } from '../../../../lib/api/describe-api-error';
import {
  ApiError,
  InvalidResponseError,
  NetworkError,
  SessionEndedError,
} from '../../../../lib/api/errors';
import { describeAccountError } from '../../../../lib/auth/account-error';

const isApiFailure = (error: unknown) =>
  error instanceof ApiError ||
  error instanceof NetworkError ||
  error instanceof InvalidResponseError ||
  error instanceof SessionEndedError;

/** A sentence about a failed read or change, from the API or from Cognito, whichever failed. */
export const describeDataError = (error: unknown): string =>
  isApiFailure(error) ? describeApiError(error) : describeAccountError(error, 'account').message;
