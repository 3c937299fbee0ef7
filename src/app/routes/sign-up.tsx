import type { QueryClient } from '@tanstack/react-query';
import {
  type LoaderFunctionArgs,
  Link as RouterLink,
  redirect,
  useSearchParams,
} from 'react-router';
import { Card, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { getSessionQueryOptions } from '../../features/auth/api/get-current-session';
import { readRedirect } from '../../features/auth/sign-up/redirect-param';
import { SignUpForm } from '../../features/auth/sign-up/sign-up-form';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    // autoSignIn cannot run over an existing session; someone signed in goes on.
    if (session) return redirect(readRedirect(new URL(request.url).searchParams).redirectTo);
    return null;
  };

export default function SignUpRoute() {
  const [searchParams] = useSearchParams();
  const { redirectTo, carriedRedirect } = readRedirect(searchParams);
  return (
    <Card variation="outlined">
      <Heading level={1} marginBlockEnd="medium">
        Create an account
      </Heading>
      <SignUpForm redirectTo={redirectTo} carriedRedirect={carriedRedirect} />
      <Text marginBlockStart="large">
        Already have an account?{' '}
        <Link as={RouterLink} to={paths.auth.signIn.getHref(carriedRedirect)}>
          Sign in
        </Link>
      </Text>
    </Card>
  );
}
