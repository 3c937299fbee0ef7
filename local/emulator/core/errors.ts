/** A Cognito service error: `name` is the wire `__type`, so clients branch on it exactly as on AWS. */
export class CognitoError extends Error {
  constructor(
    readonly name: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const make =
  (name: string) =>
  (message: string): CognitoError =>
    new CognitoError(name, message);

export const notAuthorized = make('NotAuthorizedException');
export const invalidParameter = make('InvalidParameterException');
export const resourceNotFound = make('ResourceNotFoundException');
export const userNotFound = (): CognitoError =>
  new CognitoError('UserNotFoundException', 'User does not exist.');
/** Unknown user for a LEGACY client in ConfirmSignUp, ResendConfirmationCode, (Confirm)ForgotPassword. */
export const usernameClientNotFound = (): CognitoError =>
  new CognitoError('UserNotFoundException', 'Username/client id combination not found.');
export const codeMismatch = make('CodeMismatchException');
export const expiredCode = (): CognitoError =>
  new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
export const limitExceeded = (): CognitoError =>
  new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');

export const INCORRECT_CREDENTIALS = 'Incorrect username or password.';
export const SESSION_EXPIRED = 'Invalid session for the user, session is expired.';
