import { Link as RouterLink } from 'react-router';
import { Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { useI18n } from '../../lib/i18n/use-i18n';

export default function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <>
      <Heading level={1}>{t('routeError.notFoundTitle')}</Heading>
      <Text marginBlock="medium">{t('routeError.notFound')}</Text>
      <Link as={RouterLink} to={paths.home.getHref()}>
        {t('routeError.home')}
      </Link>
    </>
  );
}
