/**
 * Amplify's sign-in calls in a chunk of their own (SRP and challenge handling, ~17 kB gzip):
 * sign-in.ts and confirm-sign-in.ts import this dynamically, so the sign-in pages render
 * without it and fetch it while the user types.
 */
export { confirmSignIn, signIn } from 'aws-amplify/auth';
