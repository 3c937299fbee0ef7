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

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

/**
 * Sessions: "Sign out everywhere" (Cognito GlobalSignOut), after a confirmation that says what
 * it does and what it cannot: access tokens already issued stay valid until they expire.
 */
export function SessionsSection() {
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
    <SectionCard title="Sessions">
      <Flex direction="column" gap="medium">
        <Text>
          Lost a device, or signed in on a computer that is not yours? Sign out everywhere to end
          every session of your account at once.
        </Text>
        {confirming ? (
          <ConfirmPanel
            question="Sign out on every device?"
            detail="Every browser and device where you are signed in will be signed out, including this one; signing in again needs your password (and any code). Apps that already hold an access token can keep using it until it expires, which takes up to an hour."
            confirmLabel="Sign out everywhere"
            pendingLabel="Signing out everywhere…"
            cancelLabel="Stay signed in"
            isPending={everywhere.isPending}
            error={
              everywhere.error
                ? `${describeAccountError(everywhere.error, 'account').message} You are still signed in.`
                : undefined
            }
            onConfirm={confirm}
            onCancel={cancel}
          />
        ) : (
          <div>
            <Button id={buttonId} onClick={() => setConfirming(true)}>
              Sign out everywhere
            </Button>
          </div>
        )}
      </Flex>
    </SectionCard>
  );
}
