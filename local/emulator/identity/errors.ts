import { CognitoError } from '../core/errors.ts';

/**
 * Cognito Identity's errors. Messages are those AWS returns where they are known from its
 * responses (quoted in SDK issues); the documentation names the exceptions but not the messages.
 */
export const identityPoolNotFound = (id: string): CognitoError =>
  new CognitoError('ResourceNotFoundException', `IdentityPool '${id}' not found.`);

export const identityNotFound = (id: string): CognitoError =>
  new CognitoError('ResourceNotFoundException', `Identity '${id}' not found.`);

const notAuthorized = (message: string): CognitoError =>
  new CognitoError('NotAuthorizedException', message);

export const UNAUTHENTICATED_NOT_SUPPORTED =
  'Unauthenticated access is not supported for this identity pool.';
export const unsupportedProvider = (): CognitoError =>
  notAuthorized('Token is not from a supported provider of this identity pool.');
export const invalidLoginToken = (reason: string): CognitoError =>
  notAuthorized(`Invalid login token. ${reason}`);
export const loginsDoNotMatch = (): CognitoError =>
  notAuthorized(
    "Logins don't match. Please include at least one valid login for this identity or identity pool.",
  );
export const unauthenticatedNotSupported = (): CognitoError =>
  notAuthorized(UNAUTHENTICATED_NOT_SUPPORTED);

/** The message is ours: AWS documents the case (a login linked elsewhere), not its text. */
export const loginLinkedElsewhere = (): CognitoError =>
  new CognitoError(
    'ResourceConflictException',
    'The login is already linked to another identity in this identity pool.',
  );

/** As AWS answers a pool without the role the caller needs (reported in SDK issues). */
export const missingRole = (): CognitoError =>
  new CognitoError(
    'InvalidIdentityPoolConfigurationException',
    'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
  );
