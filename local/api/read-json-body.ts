import { discardBody } from './discard-body.ts';

export const MAX_JSON_BODY_BYTES = 10 * 1024;

export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; message: string; tooLarge?: boolean };

export async function readJsonBody(
  req: Request,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<JsonBody> {
  const mediaType = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return { ok: false, message: 'Content-Type must be application/json' };
  }
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) {
    return { ok: false, message: `Body must be at most ${maxBytes} bytes`, tooLarge: true };
  }
  const bytes = await readAtMost(req.body, maxBytes);
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

// Stops reading at the limit instead of buffering whatever a client streams (chunked bodies
// have no content-length); the caller closes the connection so the rest is never read.
async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      discardBody(reader);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
