// `npm run deploy -- -c region=eu-west-1 [more cdk args]`: build once, deploy the stack (site,
// pool and API), write config.json from its outputs (apiUrl included), upload, invalidate.
// `-c apiUrl=https://api.example.com` points the site at an external API and deploys none.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { S3Client } from '@aws-sdk/client-s3';
import { prerenderSite } from '../lib/prerender-site.ts';
import { publishSite } from './publish-site.ts';
import { readStackOutputs } from './read-stack-outputs.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const INFRA = join(ROOT, 'infra');

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`,
    );
  }
}

/** The stack name the CDK app uses: `-c stackName=X` when given, else its default. */
function stackNameFrom(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] === '-c' || args[i] === '--context' ? args[i + 1] : args[i];
    const match = /^stackName=(.+)$/.exec(arg ?? '');
    if (match?.[1]) return match[1];
  }
  return 'CognitoSpa';
}

async function main() {
  const cdkArgs = process.argv.slice(2);
  const stackName = stackNameFrom(cdkArgs);
  console.log('== build');
  run('npm', ['run', 'build'], ROOT);

  console.log(`== cdk deploy ${stackName}`);
  const scratch = mkdtempSync(join(tmpdir(), 'cognito-spa-deploy-'));
  const outputsFile = join(scratch, 'outputs.json');
  try {
    const cdk = join(ROOT, 'node_modules', '.bin', 'cdk');
    run(
      cdk,
      [
        'deploy',
        stackName,
        '--require-approval',
        'never',
        '--outputs-file',
        outputsFile,
        ...cdkArgs,
      ],
      INFRA,
    );
    const target = readStackOutputs(JSON.parse(readFileSync(outputsFile, 'utf8')), stackName);

    console.log('== pre-render the public pages with this config');
    const distDir = join(ROOT, 'dist');
    const prerendered = await prerenderSite(distDir, target.config);
    console.log(`== upload to s3://${target.bucket}`);
    const result = await publishSite({
      s3: new S3Client({ region: target.config.region }),
      cloudFront: new CloudFrontClient({ region: 'us-east-1' }),
      bucket: target.bucket,
      distributionId: target.distributionId,
      distDir,
      config: target.config,
      prerendered,
      log: (line) => console.log(line),
    });
    console.log(
      `\n  Deployed: ${result.uploaded.length} files uploaded, ${result.skipped.length} chunks already there.`,
    );
    console.log(`  Site: ${target.siteUrl}`);
    console.log(`  API:  ${target.config.apiUrl}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`\n  npm run deploy failed: ${error.message}\n`);
  process.exit(1);
});
