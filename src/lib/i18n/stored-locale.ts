// The language chosen on this browser while signed out (or last applied for a signed-in user),
// so the next visit starts in it before anyone signs in. Not a secret; localStorage is fine.
const KEY = 'app.locale';

/** The stored choice, or null where there is none or storage is blocked. */
export function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeLocale(locale: string): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Blocked storage: the choice lasts for this visit only.
  }
}
