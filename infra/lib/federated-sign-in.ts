import { SecretValue } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type { FederationSettings } from './stack-settings.ts';

/** What federated sign-in adds to the pool: its hosted domain and identity providers. */
export interface FederatedSignIn {
  readonly domain: cognito.UserPoolDomain;
  readonly providers: readonly cognito.IUserPoolIdentityProvider[];
}

/** Adds the hosted prefix domain and Google as an identity provider to the pool. */
export function addFederatedSignIn(
  userPool: cognito.UserPool,
  federation: FederationSettings,
): FederatedSignIn {
  const domain = userPool.addDomain('HostedDomain', {
    cognitoDomain: { domainPrefix: federation.hostedDomainPrefix },
    // The app only passes through the domain on its way to the provider (identity_provider=
    // Google), so the classic hosted UI does, without a managed-login branding resource.
    managedLoginVersion: cognito.ManagedLoginVersion.CLASSIC_HOSTED_UI,
  });
  const google = new cognito.UserPoolIdentityProviderGoogle(userPool, 'Google', {
    userPool,
    clientId: federation.google.clientId,
    // A dynamic reference: CloudFormation reads the secret at deploy time, the template never holds it.
    clientSecretValue: SecretValue.secretsManager(federation.google.clientSecretName),
    scopes: ['openid', 'email', 'profile'],
    attributeMapping: {
      email: cognito.ProviderAttribute.GOOGLE_EMAIL,
      emailVerified: cognito.ProviderAttribute.GOOGLE_EMAIL_VERIFIED,
      fullname: cognito.ProviderAttribute.GOOGLE_NAME,
    },
  });
  return { domain, providers: [google] };
}
