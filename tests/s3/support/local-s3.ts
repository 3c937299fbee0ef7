import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import type { IssuedCredentials } from '../../../local/s3/s3-gate.ts';
import { type S3Server, startS3Server } from '../../../local/s3/start-s3.ts';

export const APP_ORIGIN = 'http://localhost:4690';

export interface TestIdentity extends IssuedCredentials {
  accessKeyId: string;
}

/** Credentials shaped like the ones GetCredentialsForIdentity hands out. */
export function issueCredentials(expiresAt = Date.now() + 3_600_000): TestIdentity {
  return {
    identityId: `us-east-1:${randomUUID()}`,
    accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64'),
    sessionToken: randomBytes(64).toString('base64'),
    expiresAt,
  };
}

export interface LocalS3 {
  server: S3Server;
  agent: Agent;
  /** Registers credentials as the emulator would have issued them. */
  issue(expiresAt?: number): TestIdentity;
  /** An SDK client signing with these credentials (what a signed-in user holds). */
  client(credentials: {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
  }): S3Client;
  close(): Promise<void>;
}

/** The local S3 server on a free port over a temporary directory, with a fake credential lookup. */
export async function startLocalS3(): Promise<LocalS3> {
  const directory = mkdtempSync(join(tmpdir(), 'local-s3-'));
  const issued = new Map<string, TestIdentity>();
  const server = await startS3Server({
    directory,
    allowedOrigins: [APP_ORIGIN],
    lookupCredentials: (accessKeyId) => issued.get(accessKeyId),
  });
  const agent = new Agent({ ca: server.certificate, keepAlive: true });
  const clients: S3Client[] = [];
  return {
    server,
    agent,
    issue(expiresAt) {
      const identity = issueCredentials(expiresAt);
      issued.set(identity.accessKeyId, identity);
      return identity;
    },
    client(credentials) {
      const client = new S3Client({
        endpoint: server.url,
        region: server.region,
        forcePathStyle: true,
        credentials,
        requestHandler: { httpsAgent: agent },
        // Refusals are the point of most tests; retrying them only slows the tests.
        maxAttempts: 1,
      });
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients) client.destroy();
      agent.destroy();
      await server.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTPS request to the local S3 server, for what the SDK will not send. */
export function send(
  s3: LocalS3,
  url: string | URL,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: init.method ?? 'GET', headers: init.headers, agent: s3.agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** S3's error code from an XML error body. */
export const errorCode = (body: Buffer): string | undefined =>
  /<Code>([^<]*)<\/Code>/.exec(body.toString('utf8'))?.[1];
