import { useIsMutating } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Alert, Button, Flex, Heading } from '../../../components/ui';
import { Radio, RadioGroupField } from '../../../components/ui/choice-field';
import { describeAccountError } from '../../../lib/auth/account-error';
import { type MfaPreference, mfaPreferenceQueryKey } from '../../../lib/auth/fetch-mfa-preference';
import {
  type MfaPreferenceChange,
  useUpdateMfaPreference,
} from '../../../lib/auth/update-mfa-preference';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { type SecurityMessageId, securityMessages } from '../security-messages';
import { CHANGE_KEY } from '../utils/mfa-changes';
import type { MfaKind, MfaSettingProps } from './mfa-setting-section';

type Choice = MfaKind | 'ASK';

const LABELS: Record<Choice, SecurityMessageId> = {
  TOTP: 'security.preferred.totp',
  EMAIL: 'security.preferred.email',
  SMS: 'security.preferred.sms',
  ASK: 'security.preferred.ask',
};

const SAVED: Record<Choice, SecurityMessageId> = {
  TOTP: 'security.preferred.savedTotp',
  EMAIL: 'security.preferred.savedEmail',
  SMS: 'security.preferred.savedSms',
  ASK: 'security.preferred.savedAsk',
};

/**
 * All of `kinds` stay on; only which one Cognito asks for changes. Neither preferred: it asks
 * the user. Only kinds that are on are sent: Amplify's NOT_PREFERRED also turns a kind on.
 */
const changeFor = (choice: Choice, kinds: readonly MfaKind[]): MfaPreferenceChange =>
  Object.fromEntries(
    kinds.map((kind) => [CHANGE_KEY[kind], kind === choice ? 'PREFERRED' : 'NOT_PREFERRED']),
  );

/** The choice the user's settings make now. */
const currentChoice = (preference: MfaPreference, kinds: readonly MfaKind[]): Choice =>
  kinds.find((kind) => kind === preference.preferred) ?? 'ASK';

const ignore = () => undefined;

/** With two or more kinds on (`kinds`, in the page's order): which one sign-in asks for. */
export function PreferredMfaForm({
  preference,
  announce,
  kinds,
}: MfaSettingProps & { readonly kinds: readonly MfaKind[] }) {
  const { t } = useI18n(securityMessages);
  const headingId = useId();
  const update = useUpdateMfaPreference();
  const mfaBusy = useIsMutating({ mutationKey: mfaPreferenceQueryKey }) > 0;
  // Starts from Cognito's settings; after a save they agree with it, after a failure the
  // user's pick stays to try again. The form is not remounted, so focus stays on "Save".
  const [choice, setChoice] = useState<Choice>(() => currentChoice(preference, kinds));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mfaBusy) return;
    const saved = choice;
    update.mutateAsync(changeFor(saved, kinds)).then(() => announce(t(SAVED[saved])), ignore);
  };

  return (
    <section aria-labelledby={headingId} className="account-setting">
      <Heading level={3} id={headingId}>
        {t('security.preferred.title')}
      </Heading>
      <Flex as="form" direction="column" gap="small" noValidate onSubmit={handleSubmit}>
        <RadioGroupField
          legend={t('security.preferred.legend')}
          name="preferred-mfa"
          value={choice}
          onChange={(value) => setChoice(value as Choice)}
        >
          {[...kinds, 'ASK' as const].map((option) => (
            <Radio key={option} value={option}>
              {t(LABELS[option])}
            </Radio>
          ))}
        </RadioGroupField>
        {update.error && (
          <Alert variation="error" heading={t('security.preferred.failed')}>
            {describeAccountError(update.error, 'account').message}
          </Alert>
        )}
        <div>
          <Button
            type="submit"
            isDisabled={mfaBusy && !update.isPending}
            isLoading={update.isPending}
            loadingText={t('security.preferred.saving')}
          >
            {t('security.preferred.save')}
          </Button>
        </div>
      </Flex>
    </section>
  );
}
