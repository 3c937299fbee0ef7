import { useIsMutating } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Alert, Button, Flex, Heading } from '../../../components/ui';
import { Radio, RadioGroupField } from '../../../components/ui/choice-field';
import { describeAuthError } from '../../../lib/auth/auth-error';
import { type MfaPreference, mfaPreferenceQueryKey } from '../../../lib/auth/fetch-mfa-preference';
import {
  type MfaPreferenceChange,
  useUpdateMfaPreference,
} from '../../../lib/auth/update-mfa-preference';
import type { MfaSettingProps } from './mfa-setting-section';

type Choice = 'TOTP' | 'EMAIL' | 'ASK';

// Both stay on; only which one Cognito asks for changes. Neither preferred: it asks the user.
const CHANGES: Record<Choice, MfaPreferenceChange> = {
  TOTP: { totp: 'PREFERRED', email: 'NOT_PREFERRED' },
  EMAIL: { totp: 'NOT_PREFERRED', email: 'PREFERRED' },
  ASK: { totp: 'NOT_PREFERRED', email: 'NOT_PREFERRED' },
};

const SAVED: Record<Choice, string> = {
  TOTP: 'Saved. Signing in will ask for a code from your authenticator app.',
  EMAIL: 'Saved. Signing in will ask for a code by email.',
  ASK: 'Saved. Signing in will let you choose which code to use.',
};

/** The choice the user's settings make now. */
const currentChoice = (preference: MfaPreference): Choice =>
  preference.preferred === 'TOTP' || preference.preferred === 'EMAIL'
    ? preference.preferred
    : 'ASK';

const ignore = () => undefined;

/** With an authenticator app and email codes both on: which one sign-in asks for. */
export function PreferredMfaForm({ preference, announce }: MfaSettingProps) {
  const headingId = useId();
  const update = useUpdateMfaPreference();
  const mfaBusy = useIsMutating({ mutationKey: mfaPreferenceQueryKey }) > 0;
  // Starts from Cognito's settings; after a save they agree with it, after a failure the
  // user's pick stays to try again. The form is not remounted, so focus stays on "Save".
  const [choice, setChoice] = useState<Choice>(() => currentChoice(preference));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mfaBusy) return;
    const saved = choice;
    update.mutateAsync(CHANGES[saved]).then(() => announce(SAVED[saved]), ignore);
  };

  return (
    <section aria-labelledby={headingId} className="account-setting">
      <Heading level={3} id={headingId}>
        Which code to ask for
      </Heading>
      <Flex as="form" direction="column" gap="small" noValidate onSubmit={handleSubmit}>
        <RadioGroupField
          legend="When you sign in, ask for"
          name="preferred-mfa"
          value={choice}
          onChange={(value) => setChoice(value as Choice)}
        >
          <Radio value="TOTP">A code from my authenticator app</Radio>
          <Radio value="EMAIL">A code by email</Radio>
          <Radio value="ASK">Let me choose each time</Radio>
        </RadioGroupField>
        {update.error && (
          <Alert variation="error" heading="Your choice was not saved">
            {describeAuthError(update.error, 'account').message}
          </Alert>
        )}
        <div>
          <Button
            type="submit"
            isDisabled={mfaBusy && !update.isPending}
            isLoading={update.isPending}
            loadingText="Saving…"
          >
            Save choice
          </Button>
        </div>
      </Flex>
    </section>
  );
}
