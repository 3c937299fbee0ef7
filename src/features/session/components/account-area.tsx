import { Link as RouterLink } from 'react-router';
import { Flex, Link, Text } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useCurrentSession } from '../../../lib/auth/get-current-session';
import { rich } from '../../../lib/i18n/rich-text';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { SignOutActions } from './sign-out-actions';

/** Who is signed in with the sign-out actions, or a sign-in link. */
export function AccountArea() {
  const session = useCurrentSession();
  const { t } = useI18n();
  if (!session) {
    return (
      <Link as={RouterLink} to={paths.auth.signIn.getHref()}>
        {t('header.signIn')}
      </Link>
    );
  }
  return (
    <Flex alignItems="center" gap="small" wrap="wrap" className="app-account">
      <Text as="span">
        {rich(
          t('header.signedInAs', { name: session.email ?? session.loginId ?? session.username }),
          [(name) => <strong>{name}</strong>],
        )}
      </Text>
      <SignOutActions />
    </Flex>
  );
}
