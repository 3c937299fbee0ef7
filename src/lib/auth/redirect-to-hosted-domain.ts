import { signInWithRedirect } from 'aws-amplify/auth';

/**
 * Amplify's redirect sign-in, in a module of its own so the sign-in page loads it only when
 * a provider button is pressed. `provider` is the Cognito name; `custom` passes it as is.
 */
export const redirectToHostedDomain = (provider: string): Promise<void> =>
  signInWithRedirect({ provider: { custom: provider } });
