import { ThemeProvider } from '@aws-amplify/ui-react';
import type { ReactNode } from 'react';

/**
 * Amplify UI context without a `theme` prop: given one, ThemeProvider injects a <style>
 * element at runtime, which a strict CSP (no 'unsafe-inline') blocks. Theme tokens live
 * in src/app/theme.css instead.
 */
export function UiProvider({ children }: { children: ReactNode }) {
  return <ThemeProvider>{children}</ThemeProvider>;
}
