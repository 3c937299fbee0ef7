import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { API_TABLE } from '../../local/api/store/table.ts';

/**
 * The API's table, keys and index from local/api/store/table.ts (which dynalite's copy is made
 * from too). On demand: no capacity to plan, it follows the traffic. Its data outlives the
 * stack: point-in-time recovery, deletion protection, and kept when the stack is deleted.
 */
export function createApiTable(scope: Construct, id: string): dynamodb.Table {
  const { partitionKey, sortKey, usersIndex } = API_TABLE;
  const table = new dynamodb.Table(scope, id, {
    partitionKey: { name: partitionKey, type: dynamodb.AttributeType.STRING },
    sortKey: { name: sortKey, type: dynamodb.AttributeType.STRING },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  table.addGlobalSecondaryIndex({
    indexName: usersIndex.name,
    partitionKey: { name: usersIndex.partitionKey, type: dynamodb.AttributeType.STRING },
    sortKey: { name: usersIndex.sortKey, type: dynamodb.AttributeType.STRING },
    projectionType: dynamodb.ProjectionType.KEYS_ONLY,
  });
  return table;
}
