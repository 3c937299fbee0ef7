import type { Operation } from '../core/context.ts';
import * as identities from './identities.ts';
import * as pools from './identity-pools.ts';

/** Cognito Identity's operations by `X-Amz-Target` name (`AWSCognitoIdentityService.<name>`). */
export const IDENTITY_OPERATIONS: Record<string, Operation> = {
  // Management (developer credentials)
  CreateIdentityPool: pools.createIdentityPool,
  DescribeIdentityPool: pools.describeIdentityPool,
  UpdateIdentityPool: pools.updateIdentityPool,
  ListIdentityPools: pools.listIdentityPools,
  DeleteIdentityPool: pools.deleteIdentityPool,
  SetIdentityPoolRoles: pools.setIdentityPoolRoles,
  GetIdentityPoolRoles: pools.getIdentityPoolRoles,
  ListIdentities: identities.listIdentities,
  DescribeIdentity: identities.describeIdentityOperation,
  DeleteIdentities: identities.deleteIdentities,
  // Public: what Amplify calls for a user's AWS credentials
  GetId: identities.getId,
  GetCredentialsForIdentity: identities.getCredentialsForIdentity,
  GetOpenIdToken: identities.getOpenIdToken,
};
