import { IncomingMessage } from 'node:http';
import { S3Failure } from './s3-error.ts';

/** The whole body, up to `limit` bytes (the gate checks its SHA-256 before the store sees it). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(
          new S3Failure('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size'),
        );
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The request again, body already read, for the store: same socket, new target and headers. */
export function replay(
  req: IncomingMessage,
  url: string,
  headers: IncomingMessage['headers'],
  body: Buffer,
): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = url;
  copy.headers = headers;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  if (body.length) copy.push(body);
  copy.push(null);
  // Marks the body as fully received: an incomplete message closes its socket when destroyed.
  copy.complete = true;
  return copy;
}
