import { getAuthErrorName } from '../../../lib/auth/auth-error-name';

const SESSION =
  'We could not get permission to reach your files. Sign out and in again, then try again.';

// By the error's name, which Amplify copies from S3's <Code> or Cognito Identity's __type.
const MESSAGES: Readonly<Record<string, string>> = {
  NetworkError: "We couldn't reach the file store. Check your connection and try again.",
  AccessDenied: 'The file store refused this. Sign out and in again, then try again.',
  ExpiredToken: SESSION,
  InvalidToken: SESSION,
  InvalidAccessKeyId: SESSION,
  NotAuthorizedException: SESSION,
  NoCredentials: SESSION,
  ResourceNotFoundException: 'Files are not set up correctly for this site. Try again later.',
  InvalidIdentityPoolConfigurationException:
    'Files are not set up correctly for this site. Try again later.',
  NoSuchKey: 'That file is no longer there. The list has been refreshed.',
  EntityTooLarge: 'That file is larger than the file store accepts.',
  TooManyRequestsException: 'Too many requests just now. Wait a moment, then try again.',
  SlowDown: 'Too many requests just now. Wait a moment, then try again.',
};

/**
 * What to tell the user about a failed file operation. Only the error's name goes to the
 * console: messages can quote signed URLs.
 */
export function describeFilesError(error: unknown): string {
  const name = getAuthErrorName(error);
  console.warn(`[files] ${name}`);
  return MESSAGES[name] ?? 'Something went wrong with your files. Try again in a moment.';
}
