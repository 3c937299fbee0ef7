import { Card, Heading } from '@aws-amplify/ui-react';
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../config/paths';
import { getSessionQueryOptions } from '../../features/auth/api/get-current-session';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { useConfig } from '../../lib/config/config-context';
import { getSafeRedirect } from '../../lib/navigation/safe-redirect';

const redirectTarget = (params: URLSearchParams) =>
  getSafeRedirect(params.get('redirectTo'), paths.home.getHref());

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    // Signing in twice makes Amplify throw; someone already in goes straight on.
    if (session) return redirect(redirectTarget(new URL(request.url).searchParams));
    return null;
  };

export default function SignInRoute() {
  const { signInFlow } = useConfig();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  return (
    <Card variation="outlined">
      <Heading level={1} marginBlockEnd="medium">
        Sign in
      </Heading>
      <SignInForm
        flow={signInFlow}
        onSignedIn={() => navigate(redirectTarget(searchParams), { replace: true })}
      />
    </Card>
  );
}
