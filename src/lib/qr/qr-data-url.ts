import { encode } from 'uqr';

// The standard asks for four light modules around the symbol so scanners find its edge.
const QUIET_ZONE = 4;

export interface QrOptions {
  /** Force one of the eight masks; by default the encoder picks the best, as scanners expect. */
  readonly mask?: number;
}

/**
 * `text` as a QR matrix (true = dark) at error correction level M, without the quiet zone.
 * Byte mode over UTF-8, which every authenticator app reads; `uqr` does the encoding.
 */
export function qrModules(text: string, { mask }: QrOptions = {}): boolean[][] {
  const bytes = Array.from(new TextEncoder().encode(text));
  return encode(bytes, { ecc: 'M', border: 0, ...(mask !== undefined && { maskPattern: mask }) })
    .data;
}

/** The dark modules as one SVG path, one `h1` run per module, in module units. */
function svgPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
    });
  });
  return parts.join('');
}

/** An SVG document for the matrix, black on white, scaled by the <img> that shows it. */
export function qrSvg(modules: readonly (readonly boolean[])[]): string {
  const size = modules.length + QUIET_ZONE * 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">`,
    `<rect width="${size}" height="${size}" fill="#fff"/>`,
    `<path fill="#000" d="${svgPath(modules)}"/>`,
    '</svg>',
  ].join('');
}

/**
 * `text` as a QR code in a `data:` URL for an <img> (our CSP allows `img-src data:`).
 * Built in the browser, so a secret in `text` never leaves the page.
 */
export function qrDataUrl(text: string): string {
  return `data:image/svg+xml,${encodeURIComponent(qrSvg(qrModules(text)))}`;
}
