import { Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * A name for a resource whose names are unique per account, not per region (CloudFront
 * policies, origin access controls): `<stack>-<purpose>-<region>`, so the same stack name can
 * deploy to two regions of one account. The stack name is shortened to fit `maxLength`.
 */
export function globalName(scope: IConstruct, purpose: string, maxLength: number): string {
  const { stackName, region } = Stack.of(scope);
  const room = maxLength - purpose.length - region.length - 2;
  return `${stackName.slice(0, Math.max(room, 1))}-${purpose}-${region}`;
}
