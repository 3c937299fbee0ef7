import { Flex, Text, View } from '@aws-amplify/ui-react';
import type { ReactNode } from 'react';

/** Header and main landmark shared by every screen, including the config error page. */
export function PageLayout({ badge, children }: { badge?: ReactNode; children: ReactNode }) {
  return (
    <Flex className="app-page" direction="column">
      <View as="header" className="app-header">
        <Flex alignItems="center" justifyContent="space-between" gap="medium">
          <Text as="span" className="app-title">
            Cognito SPA
          </Text>
          {badge}
        </Flex>
      </View>
      <View as="main" className="app-main">
        {children}
      </View>
    </Flex>
  );
}
