import type { Emulator } from '../core/emulator.ts';
import { type EmulatorServer, startEmulatorServer } from '../http/server.ts';
import { loadOrCreateCertificate } from './tls-certificate.ts';

export interface HostedDomainServer extends EmulatorServer {
  /** What the app's `oauth.domain` holds: host and port, no scheme (Amplify adds https://). */
  domain: string;
  /** The self-signed certificate (PEM), for clients that should trust it. */
  certificate: string;
}

/**
 * Serves the emulator over HTTPS for the hosted-domain endpoints: Amplify calls
 * `https://${domain}/oauth2/...` and never plain http, so the local domain needs TLS.
 */
export async function startHostedDomain(options: {
  emulator: Emulator;
  port?: number;
  /** Keeps the self-signed certificate across runs, so a browser's one-time exception holds. */
  certificateFile?: string;
}): Promise<HostedDomainServer> {
  const tls = loadOrCreateCertificate(options.certificateFile);
  const server = await startEmulatorServer({
    emulator: options.emulator,
    port: options.port ?? 0,
    tls,
  });
  return { ...server, domain: `127.0.0.1:${server.port}`, certificate: tls.cert };
}
