import { createContext } from 'react';
import { useRequired } from '../react/use-required';
import type { AppConfig } from './types';

/** Makes the validated runtime config available below it (`<ConfigProvider value={…}>`). */
export const ConfigProvider = createContext<AppConfig | null>(null);

/** The validated runtime config; only usable once start-up validation passed. */
export const useConfig = (): AppConfig => useRequired(ConfigProvider, 'The config');
