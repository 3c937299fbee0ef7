import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One script's size: as the build wrote it, and compressed as CloudFront can send it. */
export interface ScriptSize {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

const cache = new Map<string, ScriptSize>();

/**
 * gzip level 9 and Brotli quality 11 of a script's body. Brotli 11 is slow (~1 MB/s), and
 * most routes fetch the same chunks, so each URL is compressed once per run.
 */
export function sizeOf(url: string, body: Buffer): ScriptSize {
  let size = cache.get(url);
  if (!size) {
    size = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    };
    cache.set(url, size);
  }
  return size;
}
