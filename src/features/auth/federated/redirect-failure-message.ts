import type { RedirectSignInFailure } from '../../../lib/auth/complete-sign-in-with-redirect';
import { type FederatedMessageId, federatedMessages } from './federated-messages';

// Sentences naming the provider, and their twins for when this tab does not know which one.
const MESSAGES: Record<
  Exclude<RedirectSignInFailure, 'not-started'>,
  { named: FederatedMessageId; unnamed: FederatedMessageId }
> = {
  cancelled: { named: 'federated.cancelled', unnamed: 'federated.cancelledUnnamed' },
  refused: { named: 'federated.refused', unnamed: 'federated.refusedUnnamed' },
  'exchange-failed': {
    named: 'federated.exchangeFailed',
    unnamed: 'federated.exchangeFailedUnnamed',
  },
};

/**
 * What to tell the person when the way back from the hosted domain did not sign them in;
 * `provider` is the provider's display name, when this tab remembers it.
 */
export function redirectFailureMessage(
  reason: RedirectSignInFailure,
  provider: string | undefined,
): string {
  if (reason === 'not-started') return federatedMessages.t('federated.notStarted');
  const { named, unnamed } = MESSAGES[reason];
  return provider ? federatedMessages.t(named, { provider }) : federatedMessages.t(unnamed);
}
