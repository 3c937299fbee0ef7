import { getUrl } from 'aws-amplify/storage';
import type { StorageConfig } from '../config/types';
import { endpointOptions, type StoredFile } from './files-settings';

// Long enough to start the download, short enough that a leaked link soon stops working.
const LINK_SECONDS = 60;

/**
 * A short-lived presigned link that makes the browser save `file` under its own name
 * (Content-Disposition: attachment, the name encoded per RFC 6266 / 5987).
 */
export async function getFileUrl(storage: StorageConfig, file: StoredFile): Promise<URL> {
  const { url } = await getUrl({
    path: file.path,
    options: {
      expiresIn: LINK_SECONDS,
      contentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      ...endpointOptions(storage),
    },
  });
  return url;
}

/**
 * Starts a download by following the link, as a click on a link would: no script reads the
 * file and no blob: URL is made, so the CSP needs nothing beyond the bucket in connect-src.
 */
export function startDownload(url: URL): void {
  const anchor = document.createElement('a');
  anchor.href = url.href;
  anchor.rel = 'noopener';
  anchor.click();
}
