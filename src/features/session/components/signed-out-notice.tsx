import { Link as RouterLink } from 'react-router';
import { Card, Heading, Link, Text } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { rich } from '../../../lib/i18n/rich-text';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { sessionMessages } from '../session-messages';

/**
 * Shown on a protected page in the moment between the session ending and the move to
 * sign-in (the session layer navigates); never a blank page if that move is slow.
 */
export function SignedOutNotice({ redirectTo }: { redirectTo: string }) {
  const { t } = useI18n(sessionMessages);
  return (
    <Card variation="outlined">
      <Heading level={1}>{t('session.signedOut')}</Heading>
      <Text>
        {rich(t('session.signInToSee'), [
          (text) => (
            <Link as={RouterLink} to={paths.auth.signIn.getHref(redirectTo)}>
              {text}
            </Link>
          ),
        ])}
      </Text>
    </Card>
  );
}
