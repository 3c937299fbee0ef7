import { encodeQr, type QrMatrix } from './encode-qr';

// The standard asks for four light modules around the symbol so scanners find its edge.
const QUIET_ZONE = 4;

/** The dark modules as one SVG path, one `h1` run per module, in module units. */
function svgPath({ modules }: QrMatrix): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
    });
  });
  return parts.join('');
}

/** An SVG document for the matrix, black on white, scaled by the <img> that shows it. */
export function qrSvg(matrix: QrMatrix): string {
  const size = matrix.size + QUIET_ZONE * 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">`,
    `<rect width="${size}" height="${size}" fill="#fff"/>`,
    `<path fill="#000" d="${svgPath(matrix)}"/>`,
    '</svg>',
  ].join('');
}

/**
 * `text` as a QR code in a `data:` URL for an <img> (our CSP allows `img-src data:`).
 * Built in the browser, so a secret in `text` never leaves the page.
 */
export function qrDataUrl(text: string): string {
  return `data:image/svg+xml,${encodeURIComponent(qrSvg(encodeQr(text)))}`;
}
