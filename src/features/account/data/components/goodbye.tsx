import { useEffect, useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { Flex, Heading, Link, Text } from '../../../../components/ui';
import { paths } from '../../../../config/paths';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { goodbyeMessages } from '../goodbye-messages';
import './goodbye.css';

/**
 * Where a deleted account lands. Public and needing nothing: the session is gone, and the
 * page must also open cold (a reload, a bookmark). The heading takes focus, so a screen reader
 * starts at the news rather than at a button that no longer exists.
 */
export function Goodbye() {
  const headingId = useId();
  const { t } = useI18n(goodbyeMessages);
  useEffect(() => {
    document.getElementById(headingId)?.focus();
  }, [headingId]);
  return (
    <Flex direction="column" gap="medium" className="goodbye">
      <Heading level={1} id={headingId} tabIndex={-1}>
        {t('goodbye.title')}
      </Heading>
      <Text>{t('goodbye.text')}</Text>
      <Text>{t('goodbye.thanks')}</Text>
      <Flex gap="large" wrap="wrap">
        <Link as={RouterLink} to={paths.home.getHref()}>
          {t('goodbye.home')}
        </Link>
        <Link as={RouterLink} to={paths.auth.signUp.getHref()}>
          {t('goodbye.signUp')}
        </Link>
      </Flex>
    </Flex>
  );
}
