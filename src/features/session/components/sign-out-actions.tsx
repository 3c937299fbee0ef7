import { useNavigate } from 'react-router';
import { Alert, Button } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { type SignOutOutcome, useSignOut } from '../../../lib/auth/sign-out';
import { useSignOutEverywhere } from '../../../lib/auth/sign-out-everywhere';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { sessionMessages } from '../session-messages';
import { describeSignOutError } from './describe-sign-out-error';

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

/** Sign out here or everywhere, and why it failed if it did. */
export function SignOutActions() {
  const navigate = useNavigate();
  const { t } = useI18n(sessionMessages);
  const signOut = useSignOut();
  const everywhere = useSignOutEverywhere();
  const busy = signOut.isPending || everywhere.isPending;
  // Not mutate's onSuccess: that never runs here, as signing out unmounts these buttons.
  // After a hosted-domain sign-in, Amplify is already taking the page to its logout page.
  const landOnSignIn = ({ redirecting }: SignOutOutcome) => {
    if (!redirecting) navigate(paths.auth.signIn.getHref(null, 'signed-out'), { replace: true });
  };
  const failed = signOut.error ?? everywhere.error;
  // One attempt at a time: starting one clears the other's error.
  const start = (next: typeof signOut, other: typeof everywhere) => () => {
    other.reset();
    next.mutateAsync().then(landOnSignIn, ignore);
  };
  return (
    <>
      <Button
        size="small"
        onClick={start(signOut, everywhere)}
        isDisabled={busy}
        isLoading={signOut.isPending}
        loadingText={t('header.signingOut')}
      >
        {t('header.signOut')}
      </Button>
      <Button
        size="small"
        variation="link"
        onClick={start(everywhere, signOut)}
        isDisabled={busy}
        isLoading={everywhere.isPending}
        loadingText={t('header.signingOutEverywhere')}
      >
        {t('header.signOutEverywhere')}
      </Button>
      {failed && (
        <Alert variation="error" heading={t('header.signOutFailed')} className="app-account__error">
          {describeSignOutError(failed)} {t('header.stillSignedIn')}
        </Alert>
      )}
    </>
  );
}
