import { QueryState } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { Flex, Text } from '../../../components/ui';
import { useMfaPreference } from '../../../lib/auth/fetch-mfa-preference';
import type { Announce } from '../utils/announcer';
import { EmailMfaSettings } from './email-mfa-settings';
import { LoadFailed } from './load-failed';
import { PreferredMfaForm } from './preferred-mfa-form';
import { TotpSettings } from './totp-settings';

interface TwoStepSectionProps {
  /** The MFA kinds the app offers (config `mfaTypes`); others are not shown. */
  readonly totp: boolean;
  readonly email: boolean;
  readonly announce: Announce;
}

/** Two-step verification (MFA): one block per kind the app offers, and which one comes first. */
export function TwoStepSection({ totp, email, announce }: TwoStepSectionProps) {
  const preference = useMfaPreference();
  const data = preference.data;
  const bothOn = Boolean(
    totp && email && data?.enabled.includes('TOTP') && data.enabled.includes('EMAIL'),
  );
  return (
    <SectionCard title="Two-step verification">
      <Flex direction="column" gap="large">
        <Text>
          After your password, prove it is you with a code, so a stolen password is not enough.
        </Text>
        <QueryState
          query={preference}
          loading="Loading your settings…"
          failed={(failure) => (
            <LoadFailed heading="Could not load your two-step verification settings" {...failure} />
          )}
        >
          {(data) => (
            <>
              {totp && <TotpSettings preference={data} announce={announce} />}
              {email && <EmailMfaSettings preference={data} announce={announce} />}
              {bothOn && <PreferredMfaForm preference={data} announce={announce} />}
            </>
          )}
        </QueryState>
      </Flex>
    </SectionCard>
  );
}
