import { createContext, type ReactNode, use } from 'react';
import type { AppConfig } from './types';

const ConfigContext = createContext<AppConfig | null>(null);

/** Makes the validated runtime config available below it. */
export function ConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  return <ConfigContext value={config}>{children}</ConfigContext>;
}

/** The validated runtime config; only usable once start-up validation passed. */
export function useConfig(): AppConfig {
  const config = use(ConfigContext);
  if (!config) throw new Error('useConfig must be used inside <ConfigProvider>');
  return config;
}
