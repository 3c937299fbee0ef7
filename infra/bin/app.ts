// The CDK app (cdk.json: "npx tsx bin/app.ts"). Settings come from the context:
//   npx cdk synth -c region=eu-west-1   (add -c apiUrl=https://… to use an external API)
import { App } from 'aws-cdk-lib';
import { addSiteStack } from '../lib/site-app.ts';
import { StackSettingsError } from '../lib/stack-settings.ts';

const app = new App();
try {
  addSiteStack(app, process.env);
} catch (error) {
  // The list of problems is the message; a stack trace would only bury it.
  if (!(error instanceof StackSettingsError)) throw error;
  console.error(error.message);
  process.exit(1);
}
app.synth();
