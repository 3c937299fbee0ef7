import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Alert, Card, Flex, Heading, Link, Loader, Text } from '../../../components/ui';
import { paths } from '../../../config/paths';
import {
  RedirectSignInError,
  useCompleteSignInWithRedirect,
} from '../../../lib/auth/complete-sign-in-with-redirect';
import { sessionQueryKey } from '../../../lib/auth/get-current-session';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useSession } from '../../../lib/session/session-context';
import { federatedMessages } from './federated-messages';
import { providerLabel } from './provider-label';
import { redirectFailureMessage } from './redirect-failure-message';
import { clearRedirectSignIn, readRedirectSignIn } from './redirect-sign-in-store';

/**
 * Where the hosted domain sends the browser back: shows progress while Amplify exchanges
 * the code, then goes where the person was headed, or says what went wrong.
 */
export function RedirectSignInCallback() {
  const { t } = useI18n(federatedMessages);
  // The query as it arrived: Amplify rewrites the address once it has used the code.
  const [search] = useState(() => window.location.search);
  const [context] = useState(readRedirectSignIn);
  const completion = useCompleteSignInWithRedirect(search, useSession().takeRedirectOutcome);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const provider = context.provider ? providerLabel(context.provider) : undefined;

  useEffect(() => {
    if (completion.isPending) return;
    clearRedirectSignIn();
    if (!completion.isSuccess) return;
    let current = true;
    // Pages behind the gate read the session from the cache; it must say "signed in" first.
    void queryClient
      .invalidateQueries({ queryKey: sessionQueryKey, refetchType: 'all' })
      .then(() => current && navigate(context.redirectTo, { replace: true }));
    return () => {
      current = false;
    };
  }, [completion.isPending, completion.isSuccess, context.redirectTo, navigate, queryClient]);

  if (completion.isError) {
    const reason =
      completion.error instanceof RedirectSignInError ? completion.error.reason : 'exchange-failed';
    const again = context.redirectTo === paths.home.getHref() ? null : context.redirectTo;
    return (
      <Card variation="outlined">
        <Heading level={1} marginBlockEnd="medium">
          {t('federated.failedTitle')}
        </Heading>
        <Alert variation="error">{redirectFailureMessage(reason, provider)}</Alert>
        <Text marginBlockStart="medium">
          <Link as={RouterLink} to={paths.auth.signIn.getHref(again)}>
            {t('federated.backToSignIn')}
          </Link>
        </Text>
      </Card>
    );
  }
  return (
    <Card variation="outlined">
      <Heading level={1} marginBlockEnd="medium">
        {t('federated.signingIn')}
      </Heading>
      <Flex role="status" alignItems="center" gap="small">
        <Loader />
        <Text>
          {provider ? t('federated.finishing', { provider }) : t('federated.finishingUnnamed')}
        </Text>
      </Flex>
    </Card>
  );
}
