import { useId } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n';
import { Button, Flex, Text, VisuallyHidden } from '../ui';
import { formsMessages } from './forms-messages';
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
  const { t } = useI18n(formsMessages);
  const hintId = useId();
  const waiting = secondsLeft > 0;
  return (
    <Flex direction="column" gap="xs" alignItems="flex-start">
      <Button
        variation="link"
        onClick={onResend}
        isDisabled={waiting}
        isLoading={isPending}
        loadingText={t('forms.resend.sending')}
        aria-describedby={waiting ? hintId : undefined}
      >
        {t('forms.resend.send')}
      </Button>
      {waiting && (
        <Text id={hintId} fontSize="small" color="font.secondary">
          {t('forms.resend.wait', { seconds: secondsLeft })}
        </Text>
      )}
      <VisuallyHidden>
        <span role="status">
          {waiting
            ? t('forms.resend.waitAnnounced', { seconds: RESEND_COOLDOWN_SECONDS })
            : t('forms.resend.ready')}
        </span>
      </VisuallyHidden>
    </Flex>
  );
}
