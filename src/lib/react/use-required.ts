import { type Context, use } from 'react';

/**
 * Reads one of the services start-up builds (config, API client, session) from its context,
 * failing loudly outside the provider rather than handing back nothing.
 */
export function useRequired<T>(context: Context<T | null>, name: string): T {
  const value = use(context);
  if (value === null) throw new Error(`${name} is read outside its provider`);
  return value;
}
