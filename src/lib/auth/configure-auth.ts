// The core singleton, not the aws-amplify umbrella, whose configure() always bundles the
// identity-pool credentials provider and cookie storage that a user-pool-only SPA never uses.
import { Amplify } from '@aws-amplify/core';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { defaultStorage, sessionStorage } from 'aws-amplify/utils';
import { paths } from '../../config/paths';
import type { AppConfig, OAuthConfig } from '../config/types';

type AuthSettings = Pick<
  AppConfig,
  'userPoolId' | 'userPoolClientId' | 'cognitoEndpoint' | 'tokenStorage' | 'oauth'
>;

/**
 * Amplify's hosted-domain settings. The URLs are built from the page's own origin, so one
 * build serves every environment; each must be listed on the app client as is (callback
 * and sign-out URLs).
 */
function hostedDomain(oauth: OAuthConfig) {
  const origin = window.location.origin;
  return {
    domain: oauth.domain,
    scopes: [...oauth.scopes],
    redirectSignIn: [`${origin}${paths.auth.oauthCallback.getHref()}`],
    redirectSignOut: [`${origin}${paths.auth.signIn.getHref(null, 'signed-out')}`],
    responseType: 'code' as const,
  };
}

/** Points Amplify at the configured user pool; call once, before the app renders. */
export function configureAuth(settings: AuthSettings): void {
  const { userPoolId, userPoolClientId, cognitoEndpoint, tokenStorage, oauth } = settings;
  const auth = {
    Cognito: {
      userPoolId,
      userPoolClientId,
      ...(cognitoEndpoint && { userPoolEndpoint: cognitoEndpoint }),
      ...(oauth && { loginWith: { oauth: hostedDomain(oauth) } }),
    },
  };
  cognitoUserPoolsTokenProvider.setAuthConfig(auth);
  Amplify.configure({ Auth: auth }, { Auth: { tokenProvider: cognitoUserPoolsTokenProvider } });
  // Set both ways: configure may run more than once (tests), and the provider is a singleton.
  // A redirect sign-in that configure just resumed stores its tokens only after a network
  // round trip, so it still lands in the storage chosen here.
  cognitoUserPoolsTokenProvider.setKeyValueStorage(
    tokenStorage === 'session' ? sessionStorage : defaultStorage,
  );
}
