import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * A client for a local DynamoDB engine (dynalite): any region and credentials do, since it
 * checks neither. Retries stay on, as in AWS: a kept-alive socket that the engine closed just
 * as a request went out is retried rather than failed. Without `endpoint` it is the ordinary client of the AWS environment (Lambda).
 */
export function createDynamoClient(endpoint?: string): DynamoDBClient {
  if (!endpoint) return new DynamoDBClient({});
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}
