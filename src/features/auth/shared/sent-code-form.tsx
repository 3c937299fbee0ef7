import type { FormEvent, ReactNode } from 'react';
import { CodeField } from '../../../components/forms/one-time-code-field';
import { ResendCode } from '../../../components/forms/resend-code';
import { Flex, Text } from '../../../components/ui';
import { CodeSentMessage } from './code-sent-message';
import { IdentifierField } from './identifier';
import type { SentCode } from './use-sent-code';

interface SentCodeFormProps {
  readonly sent: SentCode;
  /** Where to look for the code when this tab did not send it. */
  readonly fallback: string;
  /** Who the code is for, said when the link named them: "Confirming the account for …". */
  readonly recipient: ReactNode;
  readonly codeLabel: string;
  /** The local check's or Cognito's word on the code. */
  readonly codeError: string | undefined;
  readonly isResending: boolean;
  readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The rest of the form: its other fields, its error and its submit button. */
  readonly children: ReactNode;
}

/**
 * A form for a code we sent (sign-up, password reset): where the code went, whose account,
 * the code, then `children`; "Send a new code" sits after the form, with its cooldown.
 */
export function SentCodeForm({
  sent,
  fallback,
  recipient,
  codeLabel,
  codeError,
  isResending,
  onSubmit,
  children,
}: SentCodeFormProps) {
  return (
    <Flex direction="column" gap="medium">
      <CodeSentMessage sent={sent.codeSent.sent} fallback={fallback} />
      <Flex as="form" direction="column" gap="medium" noValidate onSubmit={onSubmit}>
        {sent.askUsername ? (
          <IdentifierField
            id={sent.form.id('username')}
            value={sent.username}
            onChange={sent.setUsername}
            errorMessage={sent.errors.username}
          />
        ) : (
          <Text>{recipient}</Text>
        )}
        <CodeField
          id={sent.form.id('code')}
          label={codeLabel}
          value={sent.code}
          onChange={sent.setCode}
          errorMessage={codeError}
        />
        {children}
      </Flex>
      <ResendCode
        secondsLeft={sent.codeSent.secondsLeft}
        isPending={isResending}
        onResend={sent.sendNewCode}
      />
    </Flex>
  );
}
