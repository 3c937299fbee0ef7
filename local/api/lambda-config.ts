import type { ApiOptions } from './options.ts';

/** The function's environment variables, set by infra/lib/api-function.ts. */
export const LAMBDA_ENV = {
  userPoolId: 'USER_POOL_ID',
  clientId: 'APP_CLIENT_ID',
  allowedOrigin: 'ALLOWED_ORIGIN',
  tableName: 'TABLE_NAME',
} as const;

export interface LambdaConfig {
  /** Everything but the store, which lambda.ts builds on the table. */
  api: Omit<ApiOptions, 'store'>;
  tableName: string;
}

/**
 * The API's options on Lambda. Revocation is always checked against the pool's regional
 * endpoint: in AWS there is no reason to run without it. Throws listing every missing
 * variable, so a broken deployment fails at its first cold start with the reason in the log.
 */
export function readLambdaConfig(env: Readonly<Record<string, string | undefined>>): LambdaConfig {
  const missing = Object.values(LAMBDA_ENV).filter((name) => !env[name]?.trim());
  if (missing.length > 0) throw new Error(`Missing environment variables: ${missing.join(', ')}`);
  const read = (name: string) => (env[name] ?? '').trim();
  const userPoolId = read(LAMBDA_ENV.userPoolId);
  const region = userPoolId.split('_')[0] ?? '';
  return {
    api: {
      userPoolId,
      clientId: read(LAMBDA_ENV.clientId),
      allowedOrigins: [read(LAMBDA_ENV.allowedOrigin)],
      cognitoEndpoint: `https://cognito-idp.${region}.amazonaws.com/`,
      // One line per request into CloudWatch; the handler never logs tokens.
      log: (line) => console.log(line),
    },
    tableName: read(LAMBDA_ENV.tableName),
  };
}
