import { Badge } from '@aws-amplify/ui-react';
import { Outlet } from 'react-router';
import { LoadingView } from '../../components/loading-view';
import { PageLayout } from '../../components/page-layout';
import { RouteError } from '../../components/route-error';
import { useConfig } from '../../lib/config/config-context';

function EnvironmentBadge() {
  const { environmentName } = useConfig();
  return environmentName ? <Badge variation="info">{environmentName}</Badge> : null;
}

/** Layout route: every page shares the header, loading fallback and error boundary. */
export function RootLayout() {
  return (
    <PageLayout badge={<EnvironmentBadge />}>
      <Outlet />
    </PageLayout>
  );
}

export function RootError() {
  return (
    <PageLayout badge={<EnvironmentBadge />}>
      <RouteError />
    </PageLayout>
  );
}

export function RootFallback() {
  return (
    <PageLayout>
      <LoadingView />
    </PageLayout>
  );
}
