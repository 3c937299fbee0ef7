import type { ReactElement } from 'react';
import { type LoaderFunctionArgs, redirect, useLoaderData, useSearchParams } from 'react-router';
import { Flex } from '../../components/ui';
import { FederatedSignInButtons } from '../../features/auth/federated/federated-sign-in-buttons';
import { clearSignInStep } from '../../features/auth/flow/sign-in-step-store';
import { SignInForm } from '../../features/auth/sign-in/sign-in-form';
import { signInMessages } from '../../features/auth/sign-in/sign-in-messages';
import { StepCard } from '../../features/auth/sign-in/step-card';
import { getSessionQueryOptions } from '../../lib/auth/get-current-session';
import { messagesReady } from '../../lib/i18n/i18n';
import { useI18n } from '../../lib/i18n/use-i18n';
import { redirectTarget } from '../../lib/navigation/redirect-target';
import type { RouteContext } from '../route-context';

export const clientLoader =
  ({ queryClient }: RouteContext) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    // Signing in twice makes Amplify throw; someone already in goes straight on.
    if (session) return redirect(redirectTarget(new URL(request.url).searchParams));
    // Arriving here (Back from a step, "Start over") abandons any step in progress.
    clearSignInStep();
    return { Reason: await reasonMessage(new URL(request.url).searchParams.get('reason')) };
  };

/**
 * The "why you are here" message's component, when ?reason= names one: loaded (with its words,
 * in the page's language) before the page renders, so it shows with the form, yet most sign-ins
 * (no reason) never download it.
 */
async function reasonMessage(reason: string | null) {
  if (reason === null) return undefined;
  const { isReason, SignInReasonMessage } = await import(
    '../../features/auth/sign-in/sign-in-reason'
  );
  if (!isReason(reason)) return undefined;
  await messagesReady();
  return () => <SignInReasonMessage reason={reason} />;
}

export default function SignInRoute() {
  const [searchParams] = useSearchParams();
  const { Reason } = useLoaderData<{ Reason?: () => ReactElement }>() ?? {};
  return <SignInPage Reason={Reason} redirectTo={redirectTarget(searchParams)} />;
}

function SignInPage({ Reason, redirectTo }: { Reason?: () => ReactElement; redirectTo: string }) {
  const { t } = useI18n(signInMessages);
  return (
    <Flex direction="column" gap="medium">
      {Reason && <Reason />}
      <StepCard title={t('signIn.title')}>
        <SignInForm redirectTo={redirectTo} />
        <FederatedSignInButtons />
      </StepCard>
    </Flex>
  );
}
