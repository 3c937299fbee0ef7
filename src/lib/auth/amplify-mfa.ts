/**
 * Amplify's MFA reads and TOTP setup in a chunk of their own: both import Amplify's sign-in
 * helpers (~13 kB gzip, the chunk sign-in and sign-up already load, so usually cached), which
 * would otherwise put the account security page over its size budget. fetch-mfa-preference.ts
 * and set-up-totp.ts import this dynamically.
 */
export { fetchMFAPreference, setUpTOTP } from 'aws-amplify/auth';
