import { accountQueryKey } from '../../../../lib/auth/fetch-mfa-preference';

/**
 * Under ['account', …], so the session layer drops it with the rest of the user's data when
 * someone signs in or out.
 */
export const accountDataKey = [...accountQueryKey, 'data'] as const;
