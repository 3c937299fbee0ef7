import type { SignInReason } from '../../config/paths';

let pending: SignInReason | undefined;

/**
 * Why the next gate redirect sends the user to sign-in. Set just before the session layer
 * re-runs the route loaders (another tab signed out), read once by the protected gate.
 */
export function setPendingSignInReason(reason: SignInReason | undefined): void {
  pending = reason;
}

export function takePendingSignInReason(): SignInReason | undefined {
  const reason = pending;
  pending = undefined;
  return reason;
}
