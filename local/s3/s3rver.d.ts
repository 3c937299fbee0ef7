// @20minutes/s3rver ships no types; this is the part local/s3/start-s3.ts uses.
declare module '@20minutes/s3rver' {
  import type { RequestListener } from 'node:http';

  interface S3rverOptions {
    directory: string;
    silent?: boolean;
    /** Off: buckets are named in the path, the style Amplify uses for a bucket with a dot. */
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: string[] }[];
  }

  export default class S3rver {
    constructor(options: S3rverOptions);
    /** Creates the configured buckets and applies their CORS configuration. */
    configureBuckets(): Promise<void>;
    /** The Koa request handler, without a server of its own. */
    callback(): RequestListener;
    /** Koa's middleware list; composed when `callback()` is called. */
    middleware: ((
      ctx: { req: import('node:http').IncomingMessage; state: Record<string, unknown> },
      next: () => Promise<void>,
    ) => unknown)[];
    on(event: 'error', listener: (error: Error & { expose?: boolean }) => void): this;
    logger: { close(): void };
    store: { getResourcePath(bucket: string, key: string | undefined, resource: string): string };
  }
}
