// The Lambda entry point (infra/lib/api-function.ts bundles it with esbuild): the same API
// handler `npm start` serves, behind API Gateway's HTTP API.
import { createApiHandler } from './handle-request.ts';
import { lambdaHandler } from './lambda-adapter.ts';
import { readLambdaConfig } from './lambda-config.ts';
import { createDynamoClient } from './store/dynamo-client.ts';
import { DynamoStore } from './store/dynamo-store.ts';

// Built once per instance: the JWKS cache, the revocation cache and the DynamoDB client's
// connections then live as long as it.
const config = readLambdaConfig(process.env);
const store = new DynamoStore({ client: createDynamoClient(), tableName: config.tableName });

export const handler = lambdaHandler(createApiHandler({ ...config.api, store }));
