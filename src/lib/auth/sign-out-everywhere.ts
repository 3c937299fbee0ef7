import { fetchAuthSession } from 'aws-amplify/auth';
import { leave, type SignOutOutcome, useSignOutMutation } from './sign-out';

const offline = () => Object.assign(new Error('The browser is offline'), { name: 'NetworkError' });

/**
 * Signs out on every device (Cognito GlobalSignOut revokes every refresh token of the user),
 * then here. Amplify swallows a failed GlobalSignOut and signs out locally anyway, which
 * would leave other devices signed in while the user believes otherwise; so the cases we
 * can see coming (offline, an access token that needs a refresh that fails) throw first,
 * before anything is signed out.
 */
export async function signOutEverywhere(): Promise<SignOutOutcome> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw offline();
  // GlobalSignOut authenticates with the access token: make sure it is a live one.
  const { tokens } = await fetchAuthSession();
  // No tokens: the session had already ended, and the session layer is showing that.
  if (!tokens) return { redirecting: false };
  return leave({ global: true });
}

export const useSignOutEverywhere = () =>
  useSignOutMutation('sign-out-everywhere', signOutEverywhere);
