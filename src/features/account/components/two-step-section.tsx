import { SectionCard } from '../../../components/section-card';
import { Flex, Text } from '../../../components/ui';
import { useMfaPreference } from '../../auth/api/fetch-mfa-preference';
import type { Announce } from '../utils/announcer';
import { EmailMfaSettings } from './email-mfa-settings';
import { PreferredMfaForm } from './preferred-mfa-form';
import { LoadFailed, Loading } from './query-state';
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
        {preference.isPending ? (
          <Loading label="Loading your settings…" />
        ) : preference.isError ? (
          <LoadFailed
            heading="Could not load your two-step verification settings"
            error={preference.error}
            onRetry={() => void preference.refetch()}
            isRetrying={preference.isFetching}
          />
        ) : (
          <>
            {totp && <TotpSettings preference={preference.data} announce={announce} />}
            {email && <EmailMfaSettings preference={preference.data} announce={announce} />}
            {bothOn && <PreferredMfaForm preference={preference.data} announce={announce} />}
          </>
        )}
      </Flex>
    </SectionCard>
  );
}
