import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { clearRefreshLedger } from './refresh-ledger';

/**
 * Forgets the tokens in this browser without calling Cognito or the hosted domain: used when
 * the session is already over (revoked, expired, disabled), where a network sign-out could
 * only fail or redirect away from the message we want to show.
 */
export async function endLocalSession(): Promise<void> {
  await cognitoUserPoolsTokenProvider.tokenOrchestrator.clearTokens();
  await clearRefreshLedger();
}
