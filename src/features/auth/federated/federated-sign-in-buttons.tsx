import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Flex, Text } from '../../../components/ui';
import { describeAuthError } from '../../../lib/auth/auth-error';
import { useSignInWithRedirect } from '../../../lib/auth/sign-in-with-redirect';
import { useConfig } from '../../../lib/config/config-context';
import { providerLabel } from './provider-label';
import './federated-sign-in.css';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { signInMessages } from '../sign-in/sign-in-messages';

/**
 * One "Continue with …" button per identity provider in `config.oauth`; nothing without it.
 * The page's ?redirectTo= survives the trip through the hosted domain.
 */
export function FederatedSignInButtons() {
  const { oauth } = useConfig();
  const { t } = useI18n(signInMessages);
  const [searchParams] = useSearchParams();
  // Where to return is written only on the click, so the store is no part of the sign-in page.
  const signIn = useSignInWithRedirect(async (provider) => {
    const { saveRedirectSignIn } = await import('./redirect-sign-in-store');
    saveRedirectSignIn(searchParams.get('redirectTo'), provider);
  });
  const [chosen, setChosen] = useState<string>();
  if (!oauth) return null;
  // Success means the browser is already leaving; the buttons stay busy until it has.
  const busy = signIn.isPending || signIn.isSuccess;
  const start = (provider: string) => {
    setChosen(provider);
    signIn.mutate(provider);
  };
  return (
    <Flex as="section" direction="column" gap="small" aria-label={t('signIn.otherWays')}>
      <Text className="federated-sign-in__separator">{t('signIn.or')}</Text>
      {oauth.providers.map((provider) => (
        <Button
          key={provider}
          isFullWidth
          onClick={() => start(provider)}
          isDisabled={busy}
          isLoading={busy && chosen === provider}
          loadingText={t('signIn.continuingWith', { provider: providerLabel(provider) })}
        >
          {t('signIn.continueWith', { provider: providerLabel(provider) })}
        </Button>
      ))}
      {signIn.isError && (
        <Alert variation="error">{describeAuthError(signIn.error, 'sign-in').message}</Alert>
      )}
    </Flex>
  );
}
