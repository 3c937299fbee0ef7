import {
  type LoaderFunctionArgs,
  Link as RouterLink,
  redirect,
  useSearchParams,
} from 'react-router';
import { Card, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { SignUpForm } from '../../features/auth/sign-up/sign-up-form';
import { signUpMessages } from '../../features/auth/sign-up/sign-up-messages';
import { getSessionQueryOptions } from '../../lib/auth/get-current-session';
import { rich } from '../../lib/i18n/rich-text';
import { useI18n } from '../../lib/i18n/use-i18n';
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
  const { t } = useI18n(signUpMessages);
  const [searchParams] = useSearchParams();
  const redirectTo = redirectTarget(searchParams);
  const carried = carriedRedirect(redirectTo);
  return (
    <Card variation="outlined">
      <Heading level={1} marginBlockEnd="medium">
        {t('signUp.title')}
      </Heading>
      <SignUpForm redirectTo={redirectTo} carriedRedirect={carried} />
      <Text marginBlockStart="large">
        {rich(t('signUp.haveAccount'), [
          (text) => (
            <Link as={RouterLink} to={paths.auth.signIn.getHref(carried)}>
              {text}
            </Link>
          ),
        ])}
      </Text>
    </Card>
  );
}
