import type { ReactNode } from 'react';

/**
 * The UI root. Amplify UI's theme reaches every component through its stylesheet's CSS
 * variables (on :root) plus src/app/theme.css, so no ThemeProvider (and no runtime <style>,
 * which our CSP forbids) is needed. Kept as the one place to add UI-wide context later.
 */
export function UiProvider({ children }: { children: ReactNode }) {
  return <div className="app-ui">{children}</div>;
}
