// Cognito's names for the social providers are not what people call them.
const LABELS: Record<string, string> = {
  Google: 'Google',
  Facebook: 'Facebook',
  LoginWithAmazon: 'Amazon',
  SignInWithApple: 'Apple',
};

/** The name to show for a provider configured by its Cognito name (custom ones as they are). */
export const providerLabel = (provider: string): string => LABELS[provider] ?? provider;
