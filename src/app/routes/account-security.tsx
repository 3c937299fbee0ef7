import { Flex, Heading, Text } from '../../components/ui';
import { accountMessages } from '../../features/account/account-messages';
import { AccountSecurity } from '../../features/account/components/account-security';
import { mfaPreferenceQueryOptions } from '../../lib/auth/fetch-mfa-preference';
import { isSignedIn } from '../../lib/auth/get-current-session';
import { getIdTokenClaimsQueryOptions } from '../../lib/auth/get-id-token-claims';
import { passkeysQueryOptions } from '../../lib/auth/list-passkeys';
import { useI18n } from '../../lib/i18n/use-i18n';
import type { RouteContext } from '../route-context';

const ignore = () => undefined;

/**
 * Starts both Cognito reads at once, and reads the ID token's claims (the phone number text
 * message codes need), so the page opens with them. A failed read is not a page error: its
 * section says why and offers "Try again". Loaders cannot see the runtime config,
 * so the passkey list is read even where the page hides passkeys: one cheap read that works
 * on any pool. Signed out, nothing is read: the gate (whose session read this shares) is
 * sending the visitor to sign-in.
 */
export const clientLoader =
  ({ queryClient }: RouteContext) =>
  async () => {
    if (!(await isSignedIn(queryClient))) return null;
    await Promise.all([
      queryClient.ensureQueryData(mfaPreferenceQueryOptions()).catch(ignore),
      queryClient.ensureQueryData(passkeysQueryOptions()).catch(ignore),
      // The phone number text message codes need: from the stored ID token, no Cognito call.
      queryClient.ensureQueryData(getIdTokenClaimsQueryOptions()).catch(ignore),
    ]);
    return null;
  };

export default function AccountSecurityRoute() {
  const { t } = useI18n(accountMessages);
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>{t('account.security.title')}</Heading>
      <Text>{t('account.security.intro')}</Text>
      <AccountSecurity />
    </Flex>
  );
}
