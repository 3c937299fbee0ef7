import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, DEMO_USERS } from './stack/demo-users.ts';
import { parsePort } from './stack/ports.ts';
import { startStack } from './stack/start-stack.ts';

const USAGE = `Usage: npm start -- [--app-port 5173] [--emulator-port 9229] [--api-port 8787]
                 [--hosted-ui-port 9230] [--s3-port 9231] [--fresh] [--prod]
Runs the local Cognito emulator (user pool and identity pool), the demo API on dynalite
(DynamoDB's API), a local S3 for the Files page, and the app.
Users persist in .local-state/cognito.json, the API's data in .local-state/dynamodb, files in
.local-state/s3; --fresh starts from an empty pool and clears the API's data and the files.
--prod (what \`npm run preview:prod\` runs after a build) serves dist/ as CloudFront
would, with the production headers and CSP, on port 4173, with a fresh pool.`;

async function main() {
  const { values } = parseArgs({
    options: {
      'app-port': { type: 'string' },
      'emulator-port': { type: 'string' },
      'api-port': { type: 'string' },
      'hosted-ui-port': { type: 'string' },
      's3-port': { type: 'string' },
      fresh: { type: 'boolean' },
      prod: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const prod = values.prod === true;
  const stack = await startStack({
    appPort: parsePort(values['app-port'] ?? process.env.APP_PORT, 'app-port', prod ? 4173 : 5173),
    appServer: prod ? { dist: 'dist' } : 'vite',
    emulatorPort: parsePort(
      values['emulator-port'] ?? process.env.COGNITO_LOCAL_PORT,
      'emulator-port',
      9229,
    ),
    apiPort: parsePort(values['api-port'] ?? process.env.API_PORT, 'api-port', 8787),
    hostedUiPort: parsePort(
      values['hosted-ui-port'] ?? process.env.HOSTED_UI_PORT,
      'hosted-ui-port',
      9230,
    ),
    s3Port: parsePort(values['s3-port'] ?? process.env.S3_PORT, 's3-port', 9231),
    // The production preview never touches the developer's users (nor their files).
    stateFile: values.fresh || prod ? undefined : '.local-state/cognito.json',
    dynamoDataDir: prod ? undefined : '.local-state/dynamodb',
    s3DataDir: prod ? undefined : '.local-state/s3',
    // Kept even by --fresh and --prod: the browser's one exception for it keeps holding.
    certificateFile: '.local-state/hosted-domain-tls.json',
    freshData: values.fresh === true,
  });
  // The same values a deploy writes next to index.html; `npm run dev` alone reads this file.
  if (!prod) writeFileSync('public/config.json', `${JSON.stringify(stack.appConfig, null, 2)}\n`);
  const users = DEMO_USERS.map((u) => `    ${u.email.padEnd(20)} ${u.about}`).join('\n');
  console.log(`
  cognito-spa local stack is up
    App              ${stack.urls.app}${prod ? '   (the production build in dist/, with its CSP)' : ''}
    Cognito emulator ${stack.urls.cognito}/   (pool ${stack.pool.userPoolId}, client ${stack.pool.userPoolClientId})
    Demo API         ${stack.urls.api}/api/me   (on dynalite, DynamoDB's API${prod ? ', in memory' : ': data in .local-state/dynamodb'})
    Hosted domain    ${stack.urls.hostedUi}   ("Continue with Google" goes to a local stand-in;
                     its certificate is self-signed: accept it once if the browser asks)
    Identity pool    ${stack.identityPool.identityPoolId}   (signed-in users' AWS credentials)
    Files (S3)       ${stack.urls.s3}/   (bucket ${stack.s3.bucket}${prod ? ', in memory' : ': files in .local-state/s3'};
                     same certificate as the hosted domain: open it once to accept it)
  Demo users (password ${DEMO_PASSWORD}):
${users}
  Codes (sign-up, MFA, reset...) are printed here and listed at ${stack.urls.cognito}/_local/outbox
  Ctrl-C stops everything.
`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stack.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`\n  npm start failed: ${error.message}\n`);
  process.exit(1);
});
