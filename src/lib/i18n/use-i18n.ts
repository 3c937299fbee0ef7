import { useSyncExternalStore } from 'react';
import { activeLocale, onLocaleChange, t } from './i18n';

/**
 * The active locale and `t`, for components: every component that renders text calls it, so
 * switching languages re-renders it (a component that only calls `t` would keep its text).
 */
export function useI18n() {
  const locale = useSyncExternalStore(onLocaleChange, activeLocale, activeLocale);
  return { locale, t };
}
