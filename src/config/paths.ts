/** Search params a page reads; values are encoded here so callers never build URLs by hand. */
const withQuery = (path: string, query: Record<string, string | null | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};

/** Why the user is being sent to sign-in, shown there as a message. */
export type SignInReason =
  | 'session-ended'
  | 'signed-out'
  | 'step-expired'
  | 'password-reset'
  | 'confirmed';

/** Every route path in one place; links and redirects use getHref so paths change in one spot. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  auth: {
    signIn: {
      path: '/sign-in',
      getHref: (redirectTo?: string | null, reason?: SignInReason) =>
        withQuery('/sign-in', { redirectTo, reason }),
    },
    /** One route per step Amplify's nextStep can ask for, so each survives reload and back. */
    steps: {
      code: { path: '/sign-in/code', getHref: () => '/sign-in/code' },
      selectMfa: { path: '/sign-in/mfa', getHref: () => '/sign-in/mfa' },
      selectMfaSetup: { path: '/sign-in/setup-mfa', getHref: () => '/sign-in/setup-mfa' },
      setupTotp: { path: '/sign-in/setup-totp', getHref: () => '/sign-in/setup-totp' },
      setupEmail: { path: '/sign-in/setup-email', getHref: () => '/sign-in/setup-email' },
      newPassword: { path: '/sign-in/new-password', getHref: () => '/sign-in/new-password' },
      chooseFactor: { path: '/sign-in/choose', getHref: () => '/sign-in/choose' },
      password: { path: '/sign-in/password', getHref: () => '/sign-in/password' },
      /** After MFA, where the pool remembers devices only when the user says so. */
      rememberDevice: {
        path: '/sign-in/remember-device',
        getHref: () => '/sign-in/remember-device',
      },
    },
    signUp: {
      path: '/sign-up',
      getHref: (redirectTo?: string | null) => withQuery('/sign-up', { redirectTo }),
    },
    confirmSignUp: {
      path: '/sign-up/confirm',
      getHref: (username?: string | null, redirectTo?: string | null) =>
        withQuery('/sign-up/confirm', { username, redirectTo }),
    },
    forgotPassword: {
      path: '/forgot-password',
      getHref: (username?: string | null) => withQuery('/forgot-password', { username }),
    },
    resetPassword: {
      path: '/reset-password',
      getHref: (username?: string | null) => withQuery('/reset-password', { username }),
    },
    /** Where the hosted domain sends the browser back after federated sign-in. */
    oauthCallback: { path: '/auth/callback', getHref: () => '/auth/callback' },
  },
  profile: {
    path: '/profile',
    getHref: () => '/profile',
  },
  claims: {
    path: '/profile/claims',
    getHref: () => '/profile/claims',
  },
  notes: {
    path: '/notes',
    getHref: () => '/notes',
  },
  /** Private files in the user's own folder of the bucket (only with an identity pool). */
  files: {
    path: '/files',
    getHref: () => '/files',
  },
  admin: {
    path: '/admin',
    getHref: () => '/admin',
  },
  /** The account area: one page per sub-navigation entry; /account opens the first. */
  account: {
    path: '/account',
    getHref: () => '/account',
    details: { path: '/account/details', getHref: () => '/account/details' },
    security: { path: '/account/security', getHref: () => '/account/security' },
    devices: { path: '/account/devices', getHref: () => '/account/devices' },
    data: { path: '/account/data', getHref: () => '/account/data' },
  },
  /** Where a deleted account lands: public, as the session is gone. */
  goodbye: {
    path: '/goodbye',
    getHref: () => '/goodbye',
  },
} as const;
