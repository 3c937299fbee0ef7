import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormFocus } from '../../../components/forms/form-error';
import type { CodeDelivery } from '../../../lib/auth/code-delivery';
import { useConfig } from '../../../lib/config/config-context';
import type { CodePurpose } from '../flow/code-sent-store';
import { identifierError } from './identifier-rules';
import { sentCodeMessages } from './sent-code-messages';
import { type CodeSentState, useCodeSent } from './use-code-sent';

/** Field errors by field name: the username and the code, and the form's own fields beside them. */
export type FieldErrors = Partial<Record<string, string>>;

interface SentCodeOptions {
  readonly purpose: CodePurpose;
  /** From the link; empty after a cold start without it, and then the user types it. */
  readonly initialUsername: string;
  /** Sends a new code to a username: the call that sent the first one. */
  readonly resend: Pick<UseMutationResult<CodeDelivery, Error, string>, 'mutate' | 'reset'>;
  /** Forgets the form's last attempt before a new code is asked for: one error at a time. */
  readonly onResend: () => void;
  /** The form's ids and focus: "username", "code" and "alert" are used here. */
  readonly form: FormFocus;
}

/** A form for a code we sent: who it is for, the code, and asking for a new one. */
export interface SentCode {
  readonly form: FormFocus;
  /** True when the link did not say who the code is for. */
  readonly askUsername: boolean;
  readonly username: string;
  readonly setUsername: (value: string) => void;
  readonly code: string;
  readonly setCode: (value: string) => void;
  readonly errors: FieldErrors;
  readonly setErrors: (errors: FieldErrors) => void;
  /** The username and code problems to catch before Cognito sees them. */
  readonly check: () => FieldErrors;
  readonly codeSent: CodeSentState;
  /** "Send a new code": the username is checked first; the cooldown restarts once it is sent. */
  readonly sendNewCode: () => void;
}

/** The state and the resend behind SentCodeForm; the form checks and sends the code itself. */
export function useSentCode({
  purpose,
  initialUsername,
  resend,
  onResend,
  form,
}: SentCodeOptions): SentCode {
  const { usernameAttribute } = useConfig();
  const askUsername = initialUsername === '';
  const [username, setUsername] = useState(initialUsername);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const codeSent = useCodeSent(purpose, username.trim());
  const usernameError = () =>
    askUsername ? identifierError(usernameAttribute, username) : undefined;

  const check = (): FieldErrors => {
    const found = usernameError();
    return {
      ...(found && { username: found }),
      ...(code.trim() === '' && { code: sentCodeMessages.t('sentCode.enterCode') }),
    };
  };

  const sendNewCode = () => {
    onResend();
    resend.reset();
    const found = usernameError();
    setErrors(found ? { username: found } : {});
    if (found) {
      form.focus('username');
      return;
    }
    resend.mutate(username.trim(), {
      onSuccess: codeSent.save,
      onError: () => form.focus('alert'),
    });
  };

  return {
    form,
    askUsername,
    username,
    setUsername,
    code,
    setCode,
    errors,
    setErrors,
    check,
    codeSent,
    sendNewCode,
  };
}
