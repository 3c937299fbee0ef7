import { parseArgs } from 'node:util';
import { startDynalite } from '../stack/start-dynalite.ts';
import { startApiServer } from './server.ts';
import { createDynamoClient } from './store/dynamo-client.ts';
import { DynamoStore } from './store/dynamo-store.ts';
import { LOCAL_TABLE_NAME } from './store/table.ts';

const USAGE = `Usage: tsx local/api/cli.ts --pool <userPoolId> --client <clientId> [--client <id> …]
  [--port 8787] [--jwks <url>] [--issuer <url>] [--region <region>]
  [--origin <origin> …] [--cognito-endpoint <url>] [--admin-group admin]
  [--dynamodb <endpoint> [--table cognito-spa-api]]

  --jwks              JWKS URL (default {issuer}/.well-known/jwks.json), e.g.
                      http://127.0.0.1:9229/us-east-1_Local01/.well-known/jwks.json
  --cognito-endpoint  enables the GetUser revocation check on sensitive calls, e.g.
                      http://127.0.0.1:9229/ or https://cognito-idp.us-east-1.amazonaws.com/
  --dynamodb          a DynamoDB endpoint whose table (local/api/store/table.ts) exists, e.g. a
                      running dynalite; without it the API starts an in-memory dynalite of its own
Listens on 127.0.0.1 only.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      pool: { type: 'string' },
      client: { type: 'string', multiple: true },
      jwks: { type: 'string' },
      issuer: { type: 'string' },
      region: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'cognito-endpoint': { type: 'string' },
      'admin-group': { type: 'string' },
      dynamodb: { type: 'string' },
      table: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!values.pool || !values.client?.length || !Number.isInteger(port) || port < 0) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }

  const dynalite = values.dynamodb ? undefined : await startDynalite();
  const client = createDynamoClient(values.dynamodb ?? dynalite?.endpoint);
  const tableName = values.table ?? dynalite?.tableName ?? LOCAL_TABLE_NAME;
  const server = await startApiServer({
    store: new DynamoStore({ client, tableName }),
    userPoolId: values.pool,
    clientId: values.client,
    port,
    host: '127.0.0.1',
    allowedOrigins: values.origin ?? [],
    ...(values.jwks ? { jwksUri: values.jwks } : {}),
    ...(values.issuer ? { issuer: values.issuer } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(values['cognito-endpoint'] ? { cognitoEndpoint: values['cognito-endpoint'] } : {}),
    ...(values['admin-group'] ? { adminGroup: values['admin-group'] } : {}),
    log: (line) => console.log(line),
  });
  console.log(server.url);

  const stop = () => {
    void server
      .close()
      .then(() => dynalite?.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
