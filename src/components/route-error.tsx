import { useEffect } from 'react';
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router';
import { paths } from '../config/paths';
import { useI18n } from '../lib/i18n/use-i18n';
import { Alert, Heading, Link } from './ui';

/** Route error boundary: a readable message and a way home instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useEffect(() => {
    if (!notFound)
      console.error('[router] route failed:', error instanceof Error ? error.name : error);
  }, [error, notFound]);
  return (
    <>
      <Heading level={1}>{t(notFound ? 'routeError.notFoundTitle' : 'routeError.title')}</Heading>
      <Alert variation={notFound ? 'info' : 'error'} marginBlock="medium">
        {t(notFound ? 'routeError.notFound' : 'routeError.failed')}
      </Alert>
      <Link as={RouterLink} to={paths.home.getHref()}>
        {t('routeError.home')}
      </Link>
    </>
  );
}
