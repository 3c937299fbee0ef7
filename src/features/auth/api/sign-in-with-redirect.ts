import { useMutation } from '@tanstack/react-query';
import { getAuthErrorName } from '../utils/auth-error';
import { takeRedirectOutcome } from './watch-redirect-sign-in';

/**
 * Leaves for the hosted domain, which sends the person to `provider` (its Cognito name:
 * Google, Facebook, LoginWithAmazon, SignInWithApple or a custom OIDC/SAML provider).
 * Amplify keeps the PKCE verifier and state in localStorage for the way back.
 */
export async function signInWithRedirect(provider: string): Promise<void> {
  // An earlier attempt's outcome must not be mistaken for this one's.
  takeRedirectOutcome();
  // Amplify's redirect code (~5 kB gzip) loads on the click, not with the sign-in page.
  const { redirectToHostedDomain } = await import('./redirect-to-hosted-domain');
  await redirectToHostedDomain(provider);
}

/** Starting the redirect; the page unloads on success, so success keeps the button busy. */
export function useSignInWithRedirect() {
  return useMutation({
    mutationKey: ['auth', 'sign-in-with-redirect'],
    mutationFn: signInWithRedirect,
    onError: (error) => {
      console.error(`[auth] sign-in-with-redirect failed: ${getAuthErrorName(error)}`);
    },
  });
}
