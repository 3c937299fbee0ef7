// Long enough for the browser to start reading the file; a revoked URL cannot be read.
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves `data` as a JSON file through a Blob and an object URL: nothing is sent anywhere and
 * nothing inline runs, so the strict CSP has nothing to refuse.
 */
export function saveJsonFile(data: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
