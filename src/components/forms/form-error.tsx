import { type ReactNode, useEffect, useId, useState } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n';
import { Alert } from '../ui';

interface FormErrorProps {
  /** Lets the form move focus here when the error concerns no single field. */
  readonly id: string;
  /** Says what failed when the form has more than one thing to do. */
  readonly heading?: string;
  /** What went wrong; nothing is shown without it. */
  readonly error: { readonly message: string; readonly field?: string } | undefined;
  /** Fields that show their own errors: a failure about one of them is said there, not here. */
  readonly fieldsShown?: readonly string[];
  /** Said after the message: a way out, such as a link. */
  readonly children?: ReactNode;
}

/** The form-level error: announced at once, and focusable so keyboard users land on it. */
export function FormError({ id, heading, error, fieldsShown = [], children }: FormErrorProps) {
  const { t } = useI18n();
  if (!error || (error.field && fieldsShown.includes(error.field))) return null;
  return (
    <Alert id={id} tabIndex={-1} variation="error" heading={heading ?? t('form.failed')}>
      {error.message}
      {children}
    </Alert>
  );
}

/**
 * Returns `focus(id)`: focuses that element after the next render, so an error message
 * rendered in the same update can receive it, or focus can leave a button that update removes.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string }>();
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus();
  }, [request]);
  return (id: string) => setRequest({ id });
}

/** A form's DOM ids by name (its fields, its error alert), and focus to move to one of them. */
export interface FormFocus {
  readonly id: (name: string) => string;
  /** Focuses `name` after the next render, so an error rendered in the same update gets it. */
  readonly focus: (name: string) => void;
}

export function useFormFocus(): FormFocus {
  const prefix = useId();
  const focusAfterRender = useFocusAfterRender();
  const id = (name: string) => `${prefix}-${name}`;
  return { id, focus: (name) => focusAfterRender(id(name)) };
}
