import type { ReactNode } from 'react';
import { HeaderMenu } from './header-menu';
import './page-layout.css';
import { useI18n } from '../lib/i18n/use-i18n';
import { Flex, Text, View } from './ui';

interface PageLayoutProps {
  readonly badge?: ReactNode;
  /** The main navigation; the config error page has none. */
  readonly nav?: ReactNode;
  /** Who is signed in and the sign-out actions, or a sign-in link. */
  readonly account?: ReactNode;
  /** A line under the header for the session's state (e.g. "Can’t reach the sign-in service — retrying"). */
  readonly status?: ReactNode;
  readonly children: ReactNode;
}

/** Header and main landmark shared by every screen, including the config error page. */
export function PageLayout({ badge, nav, account, status, children }: PageLayoutProps) {
  const { t } = useI18n();
  return (
    <Flex className="app-page" direction="column">
      <View as="header" className="app-header">
        <Flex alignItems="center" gap="medium" wrap="wrap">
          <Text as="span" className="app-title">
            {t('app.name')}
          </Text>
          {badge}
          {(nav || account) && (
            <HeaderMenu>
              {nav}
              {account}
            </HeaderMenu>
          )}
        </Flex>
        {status}
      </View>
      <View as="main" className="app-main">
        {children}
      </View>
    </Flex>
  );
}
