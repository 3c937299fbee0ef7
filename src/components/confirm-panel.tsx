import { type KeyboardEvent, type ReactNode, useEffect, useId } from 'react';
import { useI18n } from '../lib/i18n/use-i18n';
import { componentsMessages } from './components-messages';
import { Alert, Button, Flex, Text } from './ui';
import './confirm-panel.css';

interface ConfirmPanelProps {
  readonly question: string;
  readonly detail?: ReactNode;
  readonly confirmLabel: string;
  readonly pendingLabel: string;
  readonly cancelLabel?: string;
  readonly isPending: boolean;
  /** Why the last attempt failed, shown in the panel so the user can try again or cancel. */
  readonly error?: string;
  readonly errorHeading?: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * An inline "are you sure?" in place of the button that asked: the question takes focus so a
 * screen reader reads it, Escape or Cancel backs out, and the confirm button shows progress.
 */
export function ConfirmPanel({
  question,
  detail,
  confirmLabel,
  pendingLabel,
  cancelLabel,
  isPending,
  error,
  errorHeading,
  onConfirm,
  onCancel,
}: ConfirmPanelProps) {
  const { t } = useI18n(componentsMessages);
  const questionId = useId();
  useEffect(() => {
    document.getElementById(questionId)?.focus();
  }, [questionId]);
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !isPending) {
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: two buttons and a question, no form fields; a legend could not take focus or the layout.
    <div
      role="group"
      aria-labelledby={questionId}
      className="confirm-panel"
      onKeyDown={handleKeyDown}
    >
      <Text id={questionId} tabIndex={-1} fontWeight="bold">
        {question}
      </Text>
      {detail && <Text>{detail}</Text>}
      {error && (
        <Alert variation="error" heading={errorHeading ?? t('form.failed')}>
          {error}
        </Alert>
      )}
      <Flex gap="small" wrap="wrap">
        <Button
          variation="destructive"
          size="small"
          onClick={onConfirm}
          isLoading={isPending}
          loadingText={pendingLabel}
        >
          {confirmLabel}
        </Button>
        <Button size="small" onClick={onCancel} isDisabled={isPending}>
          {cancelLabel ?? t('common.cancel')}
        </Button>
      </Flex>
    </div>
  );
}
