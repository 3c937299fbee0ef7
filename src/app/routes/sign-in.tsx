import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect, useSearchParams } from 'react-router';
import { Flex } from '../../components/ui';
import { getSessionQueryOptions } from '../../features/auth/api/get-current-session';
import { FederatedSignInButtons } from '../../features/auth/federated/federated-sign-in-buttons';
import { clearSignInStep } from '../../features/auth/flow/sign-in-step-store';
import { redirectTarget } from '../../features/auth/sign-in/redirect-target';
import { SignInForm } from '../../features/auth/sign-in/sign-in-form';
import { SignInReasonMessage } from '../../features/auth/sign-in/sign-in-reason';
import { StepCard } from '../../features/auth/sign-in/step-card';

export const clientLoader =
  (queryClient: QueryClient) =>
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
  return (
    <Flex direction="column" gap="medium">
      <SignInReasonMessage reason={reason} />
      <StepCard title="Sign in">
        <SignInForm redirectTo={redirectTo} />
        <FederatedSignInButtons />
      </StepCard>
    </Flex>
  );
}
