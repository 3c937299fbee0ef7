import { useState } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n';
import { ControlledTextField } from './controlled-text-field';
import { useFocusAfterRender } from './form-error';
import { formsMessages } from './forms-messages';

export const CODE_LENGTH = 6;

/** Digits only, at most six: a pasted "123 456" or "Your code is 123456" becomes "123456". */
export const cleanCode = (value: string): string => value.replace(/\D/g, '').slice(0, CODE_LENGTH);

export const isCompleteCode = (code: string): boolean => /^\d{6}$/.test(code);

interface CodeFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly errorMessage?: string;
  readonly hint?: string;
}

/**
 * A code we sent: numeric keypad on phones and the OS's "code from Messages/Mail" autofill
 * (one-time-code). No maxLength, so pasting a code with spaces still works.
 */
export function CodeField({ id, label, value, onChange, errorMessage, hint }: CodeFieldProps) {
  return (
    <ControlledTextField
      id={id}
      name="code"
      label={label}
      descriptiveText={hint}
      inputMode="numeric"
      autoComplete="one-time-code"
      verbatim
      value={value}
      onChange={onChange}
      errorMessage={errorMessage}
    />
  );
}

/** The 6-digit code of a sign-in or an authenticator app: keeps the digits of what is typed. */
export function OneTimeCodeField({ onChange, ...props }: Omit<CodeFieldProps, 'label'>) {
  const { t } = useI18n(formsMessages);
  return (
    <CodeField
      {...props}
      label={t('forms.code.sixDigit')}
      onChange={(value) => onChange(cleanCode(value))}
    />
  );
}

/** A 6-digit code being typed, for OneTimeCodeField, and its check before anything is sent. */
export interface OneTimeCode {
  readonly code: string;
  readonly setCode: (code: string) => void;
  /** What the last check found wrong; cleared by a check that passes. */
  readonly error: string | undefined;
  /** False, with the problem shown and the field (`id`) focused, unless all 6 digits are there. */
  readonly check: () => boolean;
}

const codeProblem = (code: string) =>
  isCompleteCode(code)
    ? undefined
    : formsMessages.t(code ? 'forms.code.enterAllDigits' : 'forms.code.enterCode');

export function useOneTimeCode(id: string): OneTimeCode {
  useI18n(formsMessages);
  const focus = useFocusAfterRender();
  const [code, setCode] = useState('');
  // The code as last checked: its problem is worded at each render, so a switch of language
  // rewords a message already on screen.
  const [checked, setChecked] = useState<string>();
  const check = () => {
    setChecked(code);
    const problem = codeProblem(code);
    if (problem) focus(id);
    return !problem;
  };
  return { code, setCode, error: checked === undefined ? undefined : codeProblem(checked), check };
}
