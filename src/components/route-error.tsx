import { useEffect } from 'react';
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router';
import { paths } from '../config/paths';
import { Alert, Heading, Link } from './ui';

/** Route error boundary: a readable message and a way home instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useEffect(() => {
    if (!notFound)
      console.error('[router] route failed:', error instanceof Error ? error.name : error);
  }, [error, notFound]);
  return (
    <>
      <Heading level={1}>{notFound ? 'Page not found' : 'Something went wrong'}</Heading>
      <Alert variation={notFound ? 'info' : 'error'} marginBlock="medium">
        {notFound
          ? 'There is nothing at this address.'
          : 'This page failed to load. Try again, or go back to the start.'}
      </Alert>
      <Link as={RouterLink} to={paths.home.getHref()}>
        Go to the home page
      </Link>
    </>
  );
}
