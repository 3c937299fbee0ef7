import { type LoaderFunctionArgs, redirect, useSearchParams } from 'react-router';
import { Flex } from '../../components/ui';
import { FederatedSignInButtons } from '../../features/auth/federated/federated-sign-in-buttons';
import { clearSignInStep } from '../../features/auth/flow/sign-in-step-store';
import { SignInForm } from '../../features/auth/sign-in/sign-in-form';
import { SignInReasonMessage } from '../../features/auth/sign-in/sign-in-reason';
import { StepCard } from '../../features/auth/sign-in/step-card';
import { getSessionQueryOptions } from '../../lib/auth/get-current-session';
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
    return null;
  };

export default function SignInRoute() {
  const [searchParams] = useSearchParams();
  return (
    <SignInPage reason={searchParams.get('reason')} redirectTo={redirectTarget(searchParams)} />
  );
}

function SignInPage({ reason, redirectTo }: { reason: string | null; redirectTo: string }) {
  const { t } = useI18n();
  return (
    <Flex direction="column" gap="medium">
      <SignInReasonMessage reason={reason} />
      <StepCard title={t('signIn.title')}>
        <SignInForm redirectTo={redirectTo} />
        <FederatedSignInButtons />
      </StepCard>
    </Flex>
  );
}
