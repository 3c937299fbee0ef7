import { mkdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';
import {
  loadOrCreateCertificate,
  type TlsMaterial,
} from '../emulator/hosted-ui/tls-certificate.ts';
import { createS3Gate, type LookupCredentials } from './s3-gate.ts';

/**
 * The local bucket's name. The dot matters: with a custom endpoint Amplify Storage addresses a
 * bucket virtual-host style (`<bucket>.<endpoint>`, no use on 127.0.0.1) unless its name has a
 * dot, and then path style (`https://<endpoint>/<bucket>/<key>`), which this server answers.
 */
export const LOCAL_BUCKET = 'cognito-spa.local-files';

export interface S3ServerOptions {
  /** The emulator's record of the credentials it issued, by access key id. */
  lookupCredentials: LookupCredentials;
  /** Where objects are kept (`npm start` passes .local-state/s3). */
  directory: string;
  /** Origins the bucket's CORS configuration allows (the app). */
  allowedOrigins: readonly string[];
  /** Needs a dot for Amplify to use path style; see LOCAL_BUCKET. */
  bucket?: string;
  region?: string;
  /** 0 or absent picks a free port. */
  port?: number;
  /** The hosted domain's certificate file, so one browser exception covers both. */
  certificateFile?: string;
  tls?: TlsMaterial;
  /** Largest request body accepted (bodies are read whole to check their SHA-256). */
  maxBodyBytes?: number;
}

export interface S3Server {
  /** `https://127.0.0.1:<port>` */
  url: string;
  /** What Amplify Storage's `customEndpoint` option takes: host and port, no scheme. */
  endpoint: string;
  port: number;
  bucket: string;
  region: string;
  /** The self-signed certificate (PEM), for clients that should trust it. */
  certificate: string;
  stop(): Promise<void>;
}

const corsConfiguration = (origins: readonly string[]): string =>
  [
    '<CORSConfiguration><CORSRule>',
    ...origins.map((origin) => `<AllowedOrigin>${origin}</AllowedOrigin>`),
    ...['GET', 'PUT', 'POST', 'DELETE', 'HEAD'].map((m) => `<AllowedMethod>${m}</AllowedMethod>`),
    '<AllowedHeader>*</AllowedHeader>',
    // Multipart uploads read each part's ETag to complete the upload.
    '<ExposeHeader>ETag</ExposeHeader>',
    '<MaxAgeSeconds>3000</MaxAgeSeconds>',
    '</CORSRule></CORSConfiguration>',
  ].join('');

/**
 * An S3-compatible server (s3rver) over HTTPS on 127.0.0.1, behind a gate that accepts only
 * SigV4 requests made with credentials the emulator issued and applies the identity pool
 * role's policy. Creates the bucket with CORS for the app.
 */
export async function startS3Server(options: S3ServerOptions): Promise<S3Server> {
  const bucket = options.bucket ?? LOCAL_BUCKET;
  const region = options.region ?? 'us-east-1';
  mkdirSync(options.directory, { recursive: true });
  const store = new S3rver({
    directory: options.directory,
    silent: true,
    vhostBuckets: false,
    configureBuckets: [
      {
        name: bucket,
        // S3 refuses a CORS rule without an origin; no app, no CORS.
        configs: options.allowedOrigins.length ? [corsConfiguration(options.allowedOrigins)] : [],
      },
    ],
  });
  // S3 errors (NoSuchKey...) reach the client as XML; only the store's own faults are worth a line.
  store.on('error', (error: Error & { expose?: boolean }) => {
    if (!error.expose) console.error(`local S3: ${error.message}`);
  });
  await store.configureBuckets();
  // Requests the gate let through arrive unsigned; the store treats them as signed by their
  // caller (it serves response-header overrides, e.g. a download's file name, only then).
  const callers = new WeakMap<IncomingMessage, string>();
  store.middleware.unshift((ctx, next) => {
    const identityId = callers.get(ctx.req);
    if (identityId) ctx.state.account = { id: identityId, displayName: identityId };
    return next();
  });
  const handle = store.callback();
  const tls = options.tls ?? loadOrCreateCertificate(options.certificateFile);
  const gate = createS3Gate({
    lookupCredentials: options.lookupCredentials,
    bucket,
    region,
    allowedOrigins: options.allowedOrigins,
    uploadDirectory: (uploadId) =>
      join(store.store.getResourcePath(bucket, undefined, 'uploads'), uploadId),
    maxBodyBytes: options.maxBodyBytes ?? 256 * 1024 * 1024,
    forward: (req, res, identityId) => {
      if (identityId) callers.set(req, identityId);
      handle(req, res);
    },
  });
  const server = createServer(tls, gate);
  // As AWS endpoints do, keep idle connections well past Node's 5 s (SDK agents reuse them).
  server.keepAliveTimeout = 55_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    endpoint: `127.0.0.1:${port}`,
    port,
    bucket,
    region,
    certificate: tls.cert,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          store.logger.close();
          resolve();
        });
      }),
  };
}
