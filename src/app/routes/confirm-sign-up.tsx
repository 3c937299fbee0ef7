import { useSearchParams } from 'react-router';
import { Card, Heading } from '../../components/ui';
import { ConfirmSignUpForm } from '../../features/auth/sign-up/confirm-sign-up-form';
import { signUpMessages } from '../../features/auth/sign-up/sign-up-messages';
import { useI18n } from '../../lib/i18n/use-i18n';
import { carriedRedirect, redirectTarget } from '../../lib/navigation/redirect-target';

// No loader: the page works from a deep link, with or without ?username=.
export default function ConfirmSignUpRoute() {
  const { t } = useI18n(signUpMessages);
  const [searchParams] = useSearchParams();
  const redirectTo = redirectTarget(searchParams);
  const username = searchParams.get('username')?.trim() ?? '';
  return (
    <Card variation="outlined">
      <Heading level={1} marginBlockEnd="medium">
        {t('signUp.confirm.title')}
      </Heading>
      <ConfirmSignUpForm
        key={username}
        initialUsername={username}
        redirectTo={redirectTo}
        carriedRedirect={carriedRedirect(redirectTo)}
      />
    </Card>
  );
}
