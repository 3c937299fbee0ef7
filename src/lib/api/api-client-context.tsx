import { createContext } from 'react';
import { useRequired } from '../react/use-required';
import type { ApiClient } from './api-client';

/** Hands the API client built at start-up to the pages that call the API. */
export const ApiClientProvider = createContext<ApiClient | null>(null);

/** The app's API client: one client keeps one shared in-flight refresh. */
export const useApiClient = (): ApiClient => useRequired(ApiClientProvider, 'The API client');
