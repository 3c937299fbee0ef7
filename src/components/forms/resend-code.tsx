import { useId } from 'react';
import { Button, Flex, Text, VisuallyHidden } from '../ui';
import { RESEND_COOLDOWN_SECONDS } from './use-resend-cooldown';

interface ResendCodeProps {
  readonly secondsLeft: number;
  readonly isPending: boolean;
  readonly onResend: () => void;
}

/**
 * "Send a new code" with its cooldown. The countdown is visible but silent; screen readers
 * hear only when the wait starts and when it is over, not every second.
 */
export function ResendCode({ secondsLeft, isPending, onResend }: ResendCodeProps) {
  const hintId = useId();
  const waiting = secondsLeft > 0;
  return (
    <Flex direction="column" gap="xs" alignItems="flex-start">
      <Button
        variation="link"
        onClick={onResend}
        isDisabled={waiting}
        isLoading={isPending}
        loadingText="Sending a new code…"
        aria-describedby={waiting ? hintId : undefined}
      >
        Send a new code
      </Button>
      {waiting && (
        <Text id={hintId} fontSize="small" color="font.secondary">
          You can ask for a new code in {secondsLeft} s.
        </Text>
      )}
      <VisuallyHidden>
        <span role="status">
          {waiting
            ? `You can ask for a new code in ${RESEND_COOLDOWN_SECONDS} seconds.`
            : 'You can ask for a new code now.'}
        </span>
      </VisuallyHidden>
    </Flex>
  );
}
