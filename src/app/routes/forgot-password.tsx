import { Link as RouterLink, useSearchParams } from 'react-router';
import { Card, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { ForgotPasswordForm } from '../../features/auth/password-reset/forgot-password-form';
import { passwordResetMessages } from '../../features/auth/password-reset/password-reset-messages';
import { rich } from '../../lib/i18n/rich-text';
import { useI18n } from '../../lib/i18n/use-i18n';

export default function ForgotPasswordRoute() {
  const { t } = useI18n(passwordResetMessages);
  const [searchParams] = useSearchParams();
  return (
    <Card variation="outlined">
      <Heading level={1} marginBlockEnd="medium">
        {t('passwordReset.forgot.title')}
      </Heading>
      <Text marginBlockEnd="medium">{t('passwordReset.forgot.intro')}</Text>
      <ForgotPasswordForm initialUsername={searchParams.get('username')?.trim() ?? ''} />
      <Text marginBlockStart="large">
        {rich(t('passwordReset.forgot.remembered'), [
          (text) => (
            <Link as={RouterLink} to={paths.auth.signIn.getHref()}>
              {text}
            </Link>
          ),
        ])}
      </Text>
    </Card>
  );
}
