import { type ReactNode, useEffect, useState } from 'react';
import { Alert } from '../../../components/ui';

interface FormErrorProps {
  /** Lets the form move focus here when the error concerns no single field. */
  readonly id: string;
  readonly heading: string;
  readonly children: ReactNode;
}

/** The form-level error: announced at once, and focusable so keyboard users land on it. */
export function FormError({ id, heading, children }: FormErrorProps) {
  return (
    <Alert id={id} tabIndex={-1} variation="error" heading={heading}>
      {children}
    </Alert>
  );
}

/**
 * Returns `focus(id)`: focuses that element after the next render, so an error message
 * rendered in the same update can receive it.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string }>();
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus();
  }, [request]);
  return (id: string) => setRequest({ id });
}
