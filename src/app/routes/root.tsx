import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { LoadingView } from '../../components/loading-view';
import { PageLayout } from '../../components/page-layout';
import { RouteError } from '../../components/route-error';
import { Badge } from '../../components/ui';
import { AccountArea } from '../../features/session/components/account-area';
import { AppNav } from '../../features/session/components/app-nav';
import { LanguageMenu } from '../../features/session/components/language-menu';
import { SessionStatusNotice } from '../../features/session/components/session-status-notice';
import { useConfig } from '../../lib/config/config-context';

function EnvironmentBadge() {
  const { environmentName } = useConfig();
  return environmentName ? <Badge variation="info">{environmentName}</Badge> : null;
}

/** Layout route: every page shares the header, loading fallback and error boundary. */
export function RootLayout() {
  return (
    <PageLayout
      badge={<EnvironmentBadge />}
      // Pages whose loader did not ask for the session yet would otherwise suspend the page.
      nav={
        <Suspense fallback={null}>
          <AppNav />
        </Suspense>
      }
      account={
        <Suspense fallback={null}>
          <LanguageMenu />
          <AccountArea />
        </Suspense>
      }
      status={<SessionStatusNotice />}
    >
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
