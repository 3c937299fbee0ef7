import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmPanel } from '../../../components/confirm-panel';
import { useFocusAfterRender } from '../../../components/forms/form-error';
import { SectionCard } from '../../../components/section-card';
import { Button, Flex, Text } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { describeAccountError } from '../../../lib/auth/account-error';
import type { SignOutOutcome } from '../../../lib/auth/sign-out';
import { useSignOutEverywhere } from '../../../lib/auth/sign-out-everywhere';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { securityMessages } from '../security-messages';

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

/**
 * Sessions: "Sign out everywhere" (Cognito GlobalSignOut), after a confirmation that says what
 * it does and what it cannot: access tokens already issued stay valid until they expire.
 */
export function SessionsSection() {
  const { t } = useI18n(securityMessages);
  const buttonId = useId();
  const focus = useFocusAfterRender();
  const navigate = useNavigate();
  const everywhere = useSignOutEverywhere();
  const [confirming, setConfirming] = useState(false);

  // Not mutate's onSuccess: signing out unmounts this page before that would run.
  // After a hosted-domain sign-in, Amplify is already taking the page to its logout page.
  const landOnSignIn = ({ redirecting }: SignOutOutcome) => {
    if (!redirecting) navigate(paths.auth.signIn.getHref(null, 'signed-out'), { replace: true });
  };

  const confirm = () => {
    if (everywhere.isPending) return;
    everywhere.mutateAsync().then(landOnSignIn, ignore);
  };

  const cancel = () => {
    setConfirming(false);
    everywhere.reset();
    focus(buttonId);
  };

  return (
    <SectionCard title={t('security.sessions.title')}>
      <Flex direction="column" gap="medium">
        <Text>{t('security.sessions.intro')}</Text>
        {confirming ? (
          <ConfirmPanel
            question={t('security.sessions.question')}
            detail={t('security.sessions.detail')}
            confirmLabel={t('security.sessions.signOutEverywhere')}
            pendingLabel={t('security.sessions.signingOut')}
            cancelLabel={t('security.sessions.stay')}
            isPending={everywhere.isPending}
            error={
              everywhere.error
                ? t('security.sessions.failed', {
                    reason: describeAccountError(everywhere.error, 'account').message,
                  })
                : undefined
            }
            onConfirm={confirm}
            onCancel={cancel}
          />
        ) : (
          <div>
            <Button id={buttonId} onClick={() => setConfirming(true)}>
              {t('security.sessions.signOutEverywhere')}
            </Button>
          </div>
        )}
      </Flex>
    </SectionCard>
  );
}
