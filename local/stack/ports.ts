/** Turns EADDRINUSE into a message that says what to do. */
export function explainListenError(
  error: unknown,
  what: string,
  port: number,
  flag: string,
): Error {
  if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    return new Error(
      `Port ${port} (${what}) is already in use — is another \`npm start\` running? ` +
        `Stop it, or pick another port with ${flag}.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Reads a port option; 0 means "pick a free one". */
export function parsePort(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--${name} must be a port number (0-65535), got "${raw}"`);
  }
  return port;
}
