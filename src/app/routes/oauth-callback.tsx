import { RedirectSignInCallback } from '../../features/auth/federated/redirect-sign-in-callback';

/** /auth/callback: the hosted domain's way back into the app after federated sign-in. */
export default function OAuthCallbackRoute() {
  return <RedirectSignInCallback />;
}
