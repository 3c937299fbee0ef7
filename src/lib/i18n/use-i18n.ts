import { useSyncExternalStore } from 'react';
import type { Messages } from './define-messages';
import type { MessageValues } from './format-message';
import {
  activeLocale,
  type CoreMessageId,
  t as coreT,
  messagesRevision,
  onLocaleChange,
} from './i18n';

type IdsOf<M> = M extends Messages<infer Id> ? Id : never;

/**
 * The active locale and `t`, for components: every component that renders text calls it, so
 * switching languages re-renders it (a component that only calls `t` would keep its text).
 * Pass the feature catalogs it shows (`useI18n(accountMessages)`) to use their ids too.
 */
export function useI18n<const Catalogs extends readonly Messages<never>[]>(...catalogs: Catalogs) {
  useSyncExternalStore(onLocaleChange, messagesRevision, messagesRevision);
  const locale = activeLocale();
  // One table holds every registered message, so any catalog's `t` reads them all; the
  // type keeps a component to the catalogs it imported (and so registered).
  const t = (catalogs[0]?.t ?? coreT) as (
    id: IdsOf<Catalogs[number]> | CoreMessageId,
    values?: MessageValues,
  ) => string;
  return { locale, t };
}
