import {
  type LoaderFunctionArgs,
  Link as RouterLink,
  redirect,
  useSearchParams,
} from 'react-router';
import { Card, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { SignUpForm } from '../../features/auth/sign-up/sign-up-form';
import { getSessionQueryOptions } from '../../lib/auth/get-current-session';
import { carriedRedirect, redirectTarget } from '../../lib/navigation/redirect-target';
import type { RouteContext } from '../route-context';

export const clientLoader =
  ({ queryClient }: RouteContext) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    // autoSignIn cannot run over an existing session; someone signed in goes on.
    if (session) return redirect(redirectTarget(new URL(request.url).searchParams));
    return null;
  };

export default function SignUpRoute() {
  const [searchParams] = useSearchParams();
  const redirectTo = redirectTarget(searchParams);
  const carried = carriedRedirect(redirectTo);
  return (
    <Card variation="outlined">
      <Heading level={1} marginBlockEnd="medium">
        Create an account
      </Heading>
      <SignUpForm redirectTo={redirectTo} carriedRedirect={carried} />
      <Text marginBlockStart="large">
        Already have an account?{' '}
        <Link as={RouterLink} to={paths.auth.signIn.getHref(carried)}>
          Sign in
        </Link>
      </Text>
    </Card>
  );
}
