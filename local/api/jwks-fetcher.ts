import { FetchError, NonRetryableFetchError } from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';
import { type JwksCache, SimpleJwksCache, SimplePenaltyBox } from 'aws-jwt-verify/jwk';
import { discardBody } from './discard-body.ts';

const MAX_JWKS_BYTES = 64 * 1024;

/**
 * aws-jwt-verify's own fetcher speaks https only; the local emulator serves its JWKS over
 * plain http, so this one uses the platform fetch and accepts both.
 */
export class HttpJwksFetcher implements Fetcher {
  constructor(private readonly timeoutMs = 5_000) {}

  async fetch(uri: string): Promise<ArrayBuffer> {
    const protocol = new URL(uri).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') {
      throw new NonRetryableFetchError(uri, `unsupported protocol ${protocol}`);
    }
    let response: Response;
    try {
      response = await fetch(uri, {
        headers: { accept: 'application/json' },
        // A redirect to another host would let that host choose our signing keys.
        redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new FetchError(uri, err instanceof Error ? err.message : String(err));
    }
    if (!response.ok) {
      discardBody(response.body);
      throw new NonRetryableFetchError(uri, `status ${response.status}`);
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_JWKS_BYTES) {
      discardBody(response.body);
      throw new NonRetryableFetchError(uri, 'JWKS too large');
    }
    const body = await response.arrayBuffer();
    if (body.byteLength > MAX_JWKS_BYTES) throw new NonRetryableFetchError(uri, 'JWKS too large');
    return body;
  }
}

/**
 * Keys are cached per JWKS URI and refetched only when a token names an unknown kid (key rotation).
 * The penalty box turns a stream of made-up kids into at most one fetch per cooldown window.
 */
export function createJwksCache(unknownKidCooldownSeconds: number): JwksCache {
  return new SimpleJwksCache({
    fetcher: new HttpJwksFetcher(),
    penaltyBox: new SimplePenaltyBox({ waitSeconds: unknownKidCooldownSeconds }),
  });
}
