import { Amplify } from 'aws-amplify';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { defaultStorage, sessionStorage } from 'aws-amplify/utils';
import type { AppConfig } from '../../../lib/config/types';

type AuthSettings = Pick<
  AppConfig,
  'userPoolId' | 'userPoolClientId' | 'cognitoEndpoint' | 'tokenStorage'
>;

/** Points Amplify at the configured user pool; call once, before the app renders. */
export function configureAuth(settings: AuthSettings): void {
  const { userPoolId, userPoolClientId, cognitoEndpoint, tokenStorage } = settings;
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId,
        userPoolClientId,
        ...(cognitoEndpoint && { userPoolEndpoint: cognitoEndpoint }),
      },
    },
  });
  // Set both ways: configure may run more than once (tests), and the provider is a singleton.
  cognitoUserPoolsTokenProvider.setKeyValueStorage(
    tokenStorage === 'session' ? sessionStorage : defaultStorage,
  );
}
