import { parseArgs } from 'node:util';
import { explainListenError, parsePort } from '../stack/ports.ts';
import { createLocalEmulator } from './create-local-emulator.ts';
import { startEmulatorServer } from './http/server.ts';

const USAGE = `Usage: npm run emulator -- [--port 9229] [--state FILE] [--issuer-base URL]
Starts an empty local Cognito user-pool emulator on 127.0.0.1. Seed it over the AWS API
(any AWS SDK, or the AWS CLI with --endpoint-url). Codes it "sends" are printed here and
listed at GET /_local/outbox (?username= filters).`;

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      state: { type: 'string' },
      'issuer-base': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = parsePort(values.port ?? process.env.COGNITO_LOCAL_PORT, 'port', 9229);
  const { emulator, flush } = createLocalEmulator({
    stateFile: values.state,
    issuerBase: values['issuer-base'],
  });
  const server = await startEmulatorServer({ port, emulator }).catch((error) => {
    throw explainListenError(error, 'Cognito emulator', port, '--port');
  });
  console.log(`Cognito emulator listening on ${server.url}`);
  console.log(`  endpoint: ${server.url}/   outbox: ${server.url}/_local/outbox`);
  const stop = async () => {
    flush();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
