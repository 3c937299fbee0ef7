/** How the sign-in form talks to Cognito: SRP, plain USER_PASSWORD_AUTH, or choice-based USER_AUTH. */
export type SignInFlow = 'srp' | 'password' | 'choice';

/** Where Amplify keeps tokens: survives restarts (local) or dies with the tab (session). */
export type TokenStorage = 'local' | 'session';

/**
 * Runtime configuration read from /config.json. Everything here reaches the browser,
 * so it must never hold secrets: pool and client ids are public by design.
 */
export interface AppConfig {
  readonly region: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** Amplify's userPoolEndpoint; absent means the real Cognito endpoint for the region. */
  readonly cognitoEndpoint?: string;
  readonly apiUrl: string;
  readonly signInFlow: SignInFlow;
  readonly tokenStorage: TokenStorage;
  readonly environmentName?: string;
}

/** One thing wrong with the config, named by its key so an operator can fix it. */
export interface ConfigProblem {
  readonly key: string;
  readonly message: string;
}

export type ConfigResult =
  | { readonly ok: true; readonly config: AppConfig; readonly unknownKeys: readonly string[] }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };
