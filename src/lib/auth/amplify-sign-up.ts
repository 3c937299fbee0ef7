/**
 * Amplify's signUp in a chunk of its own: arming autoSignIn pulls in the whole sign-in
 * machinery (~15 kB gzip), so sign-up.ts imports this when the form is submitted.
 */
export { signUp } from 'aws-amplify/auth';
