import { Button, type ButtonProps } from '../ui';

/** The form's main action: submits it, and shows `loadingText` while that is under way. */
export function SubmitButton({ variation = 'primary', ...props }: Omit<ButtonProps, 'type'>) {
  return <Button {...props} type="submit" variation={variation} />;
}
