import { Link as RouterLink, useSearchParams } from 'react-router';
import { Card, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { ForgotPasswordForm } from '../../features/auth/password-reset/forgot-password-form';

export default function ForgotPasswordRoute() {
  const [searchParams] = useSearchParams();
  return (
    <Card variation="outlined">
      <Heading level={1} marginBlockEnd="medium">
        Reset your password
      </Heading>
      <Text marginBlockEnd="medium">
        We will send a code to the email or phone on your account. You then choose a new password.
      </Text>
      <ForgotPasswordForm initialUsername={searchParams.get('username')?.trim() ?? ''} />
      <Text marginBlockStart="large">
        Remembered it?{' '}
        <Link as={RouterLink} to={paths.auth.signIn.getHref()}>
          Sign in
        </Link>
      </Text>
    </Card>
  );
}
