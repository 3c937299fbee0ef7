import { QueryState } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { Flex, Text } from '../../../components/ui';
import { useMfaPreference } from '../../../lib/auth/fetch-mfa-preference';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { securityMessages } from '../security-messages';
import type { Announce } from '../utils/announcer';
import { EmailMfaSettings } from './email-mfa-settings';
import { LoadFailed } from './load-failed';
import type { MfaKind } from './mfa-setting-section';
import { PreferredMfaForm } from './preferred-mfa-form';
import { SmsMfaSettings } from './sms-mfa-settings';
import { TotpSettings } from './totp-settings';

interface TwoStepSectionProps {
  /** The MFA kinds the app offers (config `mfaTypes`); others are not shown. */
  readonly kinds: readonly MfaKind[];
  readonly announce: Announce;
}

// The page's order, whatever order config lists them in.
const ORDER: readonly MfaKind[] = ['TOTP', 'EMAIL', 'SMS'];

/** Two-step verification (MFA): one block per kind the app offers, and which one comes first. */
export function TwoStepSection({ kinds, announce }: TwoStepSectionProps) {
  const { t } = useI18n(securityMessages);
  const preference = useMfaPreference();
  const offered = ORDER.filter((kind) => kinds.includes(kind));
  return (
    <SectionCard title={t('security.twoStep.title')}>
      <Flex direction="column" gap="large">
        <Text>{t('security.twoStep.intro')}</Text>
        <QueryState
          query={preference}
          loading={t('security.twoStep.loading')}
          failed={(failure) => (
            <LoadFailed heading={t('security.twoStep.loadFailed')} {...failure} />
          )}
        >
          {(data) => {
            const on = offered.filter((kind) => data.enabled.includes(kind));
            return (
              <>
                {offered.includes('TOTP') && <TotpSettings preference={data} announce={announce} />}
                {offered.includes('EMAIL') && (
                  <EmailMfaSettings preference={data} announce={announce} />
                )}
                {offered.includes('SMS') && (
                  <SmsMfaSettings preference={data} announce={announce} />
                )}
                {on.length > 1 && (
                  // Keyed by the kinds on: the form starts over when one is turned on or off.
                  <PreferredMfaForm
                    key={on.join()}
                    preference={data}
                    announce={announce}
                    kinds={on}
                  />
                )}
              </>
            );
          }}
        </QueryState>
      </Flex>
    </SectionCard>
  );
}
