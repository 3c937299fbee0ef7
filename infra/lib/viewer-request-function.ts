import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The CloudFront Function's source file: deployed as is, and run as is by the preview server. */
export const VIEWER_REQUEST_FUNCTION_FILE = fileURLToPath(
  new URL('../functions/spa-rewrite.js', import.meta.url),
);

export interface ViewerRequest {
  method: string;
  uri: string;
  querystring?: Record<string, { value: string }>;
  headers?: Record<string, { value: string }>;
}

/**
 * The deployed function's `handler`, evaluated from the same file CloudFront runs, so tests
 * and the local production server exercise the real code, not a copy.
 */
export function loadViewerRequestFunction(): (event: { request: ViewerRequest }) => ViewerRequest {
  const source = readFileSync(VIEWER_REQUEST_FUNCTION_FILE, 'utf8');
  return new Function(`${source}\nreturn handler;`)();
}
