import type { IncomingMessage } from 'node:http';

export const MAX_JSON_BODY_BYTES = 10 * 1024;

export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; message: string; tooLarge?: boolean };

export async function readJsonBody(
  req: IncomingMessage,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<JsonBody> {
  const mediaType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return { ok: false, message: 'Content-Type must be application/json' };
  }
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
    return { ok: false, message: `Body must be at most ${maxBytes} bytes`, tooLarge: true };
  }
  const bytes = await readAtMost(req, maxBytes);
  if (bytes === undefined) {
    return { ok: false, message: `Body must be at most ${maxBytes} bytes`, tooLarge: true };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'Body is not valid JSON' };
  }
}

// Stops collecting at the limit instead of buffering whatever a client streams (chunked bodies
// have no content-length); the caller closes the connection so the rest is never read.
function readAtMost(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.once('error', reject);
  });
}
