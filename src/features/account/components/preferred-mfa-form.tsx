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
import { CHANGE_KEY } from '../utils/mfa-changes';
import type { MfaKind, MfaSettingProps } from './mfa-setting-section';

type Choice = MfaKind | 'ASK';

const LABELS: Record<Choice, string> = {
  TOTP: 'A code from my authenticator app',
  EMAIL: 'A code by email',
  SMS: 'A code by text message',
  ASK: 'Let me choose each time',
};

const SAVED: Record<Choice, string> = {
  TOTP: 'Saved. Signing in will ask for a code from your authenticator app.',
  EMAIL: 'Saved. Signing in will ask for a code by email.',
  SMS: 'Saved. Signing in will ask for a code by text message.',
  ASK: 'Saved. Signing in will let you choose which code to use.',
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
    update.mutateAsync(changeFor(saved, kinds)).then(() => announce(SAVED[saved]), ignore);
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
          {[...kinds, 'ASK' as const].map((option) => (
            <Radio key={option} value={option}>
              {LABELS[option]}
            </Radio>
          ))}
        </RadioGroupField>
        {update.error && (
          <Alert variation="error" heading="Your choice was not saved">
            {describeAccountError(update.error, 'account').message}
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
