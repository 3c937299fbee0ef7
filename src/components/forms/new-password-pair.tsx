import { useState } from 'react';
import { useConfig } from '../../lib/config/config-context';
import type { PasswordPolicy } from '../../lib/config/types';
import { useI18n } from '../../lib/i18n/use-i18n';
import { NewPasswordField } from '../password-checklist';
import { PasswordField } from '../ui';
import { formsMessages } from './forms-messages';

/** A new password and its confirmation as typed, and the pool's policy they are held to. */
export interface NewPassword {
  readonly policy: PasswordPolicy;
  readonly password: string;
  readonly setPassword: (value: string) => void;
  readonly confirmPassword: string;
  readonly setConfirmPassword: (value: string) => void;
}

/** The state behind a NewPasswordPair, with the policy from config. */
export function useNewPassword(): NewPassword {
  const { passwordPolicy } = useConfig();
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  return { policy: passwordPolicy, password, setPassword, confirmPassword, setConfirmPassword };
}

type PairField = 'password' | 'confirmPassword';

interface NewPasswordPairProps {
  /** "Password" on sign-up, "New password" when replacing one. */
  readonly label: string;
  /** The confirmation's label: "Confirm password"; "Confirm new password" unless given. */
  readonly confirmLabel?: string;
  readonly state: NewPassword;
  /** The DOM id of each field, so the form can move focus to its error. */
  readonly id: (field: PairField) => string;
  readonly error: (field: PairField) => string | undefined;
}

/** The new password with its checklist, then its confirmation: sign-up, reset and forced change. */
export function NewPasswordPair({ label, confirmLabel, state, id, error }: NewPasswordPairProps) {
  const { t } = useI18n(formsMessages);
  return (
    <>
      <NewPasswordField
        id={id('password')}
        name="password"
        label={label}
        isRequired
        policy={state.policy}
        password={state.password}
        value={state.password}
        onChange={(event) => state.setPassword(event.target.value)}
        hasError={Boolean(error('password'))}
        errorMessage={error('password')}
      />
      <PasswordField
        id={id('confirmPassword')}
        name="confirmPassword"
        label={confirmLabel ?? t('forms.newPassword.confirmNew')}
        autoComplete="new-password"
        isRequired
        value={state.confirmPassword}
        onChange={(event) => state.setConfirmPassword(event.target.value)}
        hasError={Boolean(error('confirmPassword'))}
        errorMessage={error('confirmPassword')}
      />
    </>
  );
}
