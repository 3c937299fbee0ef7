import { Link as RouterLink, useSearchParams } from 'react-router';
import { Card, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { ResetPasswordForm } from '../../features/auth/password-reset/reset-password-form';

// No loader: it works from a deep link and from the RESET_PASSWORD sign-in step alike.
export default function ResetPasswordRoute() {
  const [searchParams] = useSearchParams();
  const username = searchParams.get('username')?.trim() ?? '';
  return (
    <Card variation="outlined">
      <Heading level={1} marginBlockEnd="medium">
        Choose a new password
      </Heading>
      <ResetPasswordForm key={username} initialUsername={username} />
      <Text marginBlockStart="large">
        Wrong account?{' '}
        <Link as={RouterLink} to={paths.auth.forgotPassword.getHref()}>
          Start again
        </Link>
      </Text>
    </Card>
  );
}
