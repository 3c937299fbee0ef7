import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateCertificate } from '../../local/emulator/hosted-ui/tls-certificate.ts';
import { startS3Server } from '../../local/s3/start-s3.ts';
import { issueCredentials } from './support/local-s3.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'start-s3-'));
  dirs.push(dir);
  return dir;
};

describe('startS3Server', () => {
  it('keeps files across restarts and shares the hosted domain certificate', async () => {
    const state = tempDir();
    const certificateFile = join(state, 'hosted-domain-tls.json');
    const hostedDomainCertificate = loadOrCreateCertificate(certificateFile).cert;
    const alice = issueCredentials();
    const options = {
      directory: join(state, 's3'),
      allowedOrigins: ['http://localhost:4691'],
      certificateFile,
      lookupCredentials: (id: string) => (id === alice.accessKeyId ? alice : undefined),
    };
    const Key = `private/${alice.identityId}/kept.txt`;
    const run = async (work: (client: S3Client, bucket: string) => Promise<void>) => {
      const server = await startS3Server(options);
      expect(server.certificate).toBe(hostedDomainCertificate);
      expect(server.url).toBe(`https://${server.endpoint}`);
      const agent = new Agent({ ca: server.certificate });
      const client = new S3Client({
        endpoint: server.url,
        region: server.region,
        forcePathStyle: true,
        credentials: alice,
        requestHandler: { httpsAgent: agent },
      });
      try {
        await work(client, server.bucket);
      } finally {
        client.destroy();
        agent.destroy();
        await server.stop();
      }
    };
    await run(async (client, Bucket) => {
      await client.send(new PutObjectCommand({ Bucket, Key, Body: 'still here' }));
    });
    await run(async (client, Bucket) => {
      const got = await client.send(new GetObjectCommand({ Bucket, Key }));
      expect(await got.Body?.transformToString()).toBe('still here');
    });
    // Reused, not replaced: the browser's one exception for the hosted domain still holds.
    expect(JSON.parse(readFileSync(certificateFile, 'utf8')).cert).toBe(hostedDomainCertificate);
  });
});
