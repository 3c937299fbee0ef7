import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Flex, Text } from '../../../components/ui';
import { useConfig } from '../../../lib/config/config-context';
import { useSignInWithRedirect } from '../api/sign-in-with-redirect';
import { describeAuthError } from '../utils/auth-error';
import { providerLabel } from './provider-label';
import { saveRedirectSignIn } from './redirect-sign-in-store';
import './federated-sign-in.css';

/**
 * One "Continue with …" button per identity provider in `config.oauth`; nothing without it.
 * The page's ?redirectTo= survives the trip through the hosted domain.
 */
export function FederatedSignInButtons() {
  const { oauth } = useConfig();
  const [searchParams] = useSearchParams();
  const signIn = useSignInWithRedirect();
  const [chosen, setChosen] = useState<string>();
  if (!oauth) return null;
  // Success means the browser is already leaving; the buttons stay busy until it has.
  const busy = signIn.isPending || signIn.isSuccess;
  const start = (provider: string) => {
    setChosen(provider);
    saveRedirectSignIn(searchParams.get('redirectTo'), provider);
    signIn.mutate(provider);
  };
  return (
    <Flex as="section" direction="column" gap="small" aria-label="Other ways to sign in">
      <Text className="federated-sign-in__separator">or</Text>
      {oauth.providers.map((provider) => (
        <Button
          key={provider}
          isFullWidth
          onClick={() => start(provider)}
          isDisabled={busy}
          isLoading={busy && chosen === provider}
          loadingText={`Continuing with ${providerLabel(provider)}…`}
        >
          Continue with {providerLabel(provider)}
        </Button>
      ))}
      {signIn.isError && (
        <Alert variation="error">{describeAuthError(signIn.error, 'sign-in').message}</Alert>
      )}
    </Flex>
  );
}
