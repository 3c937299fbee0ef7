import { getAuthErrorName } from '../../../lib/auth/auth-error-name';
import { type FilesMessageId, filesMessages } from '../files-messages';

// By the error's name, which Amplify copies from S3's <Code> or Cognito Identity's __type.
const MESSAGES: Readonly<Record<string, FilesMessageId>> = {
  NetworkError: 'files.error.network',
  AccessDenied: 'files.error.accessDenied',
  ExpiredToken: 'files.error.session',
  InvalidToken: 'files.error.session',
  InvalidAccessKeyId: 'files.error.session',
  NotAuthorizedException: 'files.error.session',
  NoCredentials: 'files.error.session',
  ResourceNotFoundException: 'files.error.setup',
  InvalidIdentityPoolConfigurationException: 'files.error.setup',
  NoSuchKey: 'files.error.noSuchKey',
  EntityTooLarge: 'files.error.tooLarge',
  TooManyRequestsException: 'files.error.tooManyRequests',
  SlowDown: 'files.error.tooManyRequests',
};

/**
 * Logs a failed file operation by its error's name, never its message (messages can quote
 * signed URLs), and returns the name: what a component keeps to word the error at render.
 */
export function filesErrorName(error: unknown): string {
  const name = getAuthErrorName(error);
  console.warn(`[files] ${name}`);
  return name;
}

/** The sentence for an error name from filesErrorName, in the active language. */
export const filesErrorMessage = (name: string): string =>
  filesMessages.t(MESSAGES[name] ?? 'files.error.unknown');

/** What to tell the user about a failed file operation, in their language (and logged). */
export const describeFilesError = (error: unknown): string =>
  filesErrorMessage(filesErrorName(error));
