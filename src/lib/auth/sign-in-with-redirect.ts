import { useMutation } from '@tanstack/react-query';

/**
 * Leaves for the hosted domain, which sends the person to `provider` (its Cognito name:
 * Google, Facebook, LoginWithAmazon, SignInWithApple or a custom OIDC/SAML provider).
 * Amplify keeps the PKCE verifier and state in localStorage for the way back.
 */
export async function signInWithRedirect(provider: string): Promise<void> {
  // Amplify's redirect code (~5 kB gzip) loads on the click, not with the sign-in page.
  const { redirectToHostedDomain } = await import('./redirect-to-hosted-domain');
  await redirectToHostedDomain(provider);
}

/**
 * Starting the redirect; the page unloads on success, so success keeps the button busy.
 * `beforeLeaving` runs first, inside the pending state: what the page must remember for its
 * return is the caller's to write.
 */
export function useSignInWithRedirect(beforeLeaving: (provider: string) => Promise<void>) {
  return useMutation({
    mutationKey: ['auth', 'sign-in-with-redirect'],
    mutationFn: async (provider: string) => {
      await beforeLeaving(provider);
      await signInWithRedirect(provider);
    },
  });
}
