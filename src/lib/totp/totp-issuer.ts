/** The issuer authenticator apps list the account under, unless the caller names one. */
export const DEFAULT_TOTP_ISSUER = 'Cognito SPA';

/**
 * The issuer for this deployment: the environment is added (e.g. "Cognito SPA (staging)"), so
 * accounts from two environments are told apart in the app. Sign-in setup and the account page
 * both use it, so an app lists the account the same way whichever way it was linked.
 */
export const totpIssuer = (environmentName?: string): string =>
  environmentName ? `${DEFAULT_TOTP_ISSUER} (${environmentName})` : DEFAULT_TOTP_ISSUER;
