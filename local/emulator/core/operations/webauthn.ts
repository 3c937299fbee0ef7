import type { Operation } from '../context.ts';
import { CognitoError } from '../errors.ts';

// Replaced by the @simplewebauthn/server implementation.
const notYet: Operation = () => {
  throw new CognitoError('InvalidParameterException', 'WebAuthn is not available yet');
};
export const startWebAuthnRegistration = notYet;
export const completeWebAuthnRegistration = notYet;
export const listWebAuthnCredentials = notYet;
export const deleteWebAuthnCredential = notYet;
