import { Link as RouterLink, useSearchParams } from 'react-router';
import { Card, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { passwordResetMessages } from '../../features/auth/password-reset/password-reset-messages';
import { ResetPasswordForm } from '../../features/auth/password-reset/reset-password-form';
import { rich } from '../../lib/i18n/rich-text';
import { useI18n } from '../../lib/i18n/use-i18n';

// No loader: it works from a deep link and from the RESET_PASSWORD sign-in step alike.
export default function ResetPasswordRoute() {
  const { t } = useI18n(passwordResetMessages);
  const [searchParams] = useSearchParams();
  const username = searchParams.get('username')?.trim() ?? '';
  return (
    <Card variation="outlined">
      <Heading level={1} marginBlockEnd="medium">
        {t('passwordReset.reset.title')}
      </Heading>
      <ResetPasswordForm key={username} initialUsername={username} />
      <Text marginBlockStart="large">
        {rich(t('passwordReset.reset.wrongAccount'), [
          (text) => (
            <Link as={RouterLink} to={paths.auth.forgotPassword.getHref()}>
              {text}
            </Link>
          ),
        ])}
      </Text>
    </Card>
  );
}
