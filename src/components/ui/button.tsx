import type { ButtonHTMLAttributes, Ref } from 'react';
import { cx, type StyleProps, splitStyleProps } from './style-props';

/** Amplify UI's spinner, decorative: the button or region says what is loading. */
export function Loader({ size, className }: { size?: 'small' | 'large'; className?: string }) {
  return (
    <svg
      className={cx('amplify-loader', size && `amplify-loader--${size}`, className)}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="50%" cy="50%" r="8" strokeWidth="3" fill="none" />
      <circle
        cx="50%"
        cy="50%"
        r="8"
        strokeWidth="3"
        fill="none"
        pathLength="100"
        strokeDasharray="50 150"
      />
    </svg>
  );
}

export interface ButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'color'>,
    StyleProps {
  variation?: 'primary' | 'link' | 'menu' | 'warning' | 'destructive';
  size?: 'small' | 'large';
  isFullWidth?: boolean;
  isDisabled?: boolean;
  /** Shows a spinner and `loadingText`, and blocks clicks, so a form cannot submit twice. */
  isLoading?: boolean;
  loadingText?: string;
  ref?: Ref<HTMLButtonElement>;
}

export function Button(props: ButtonProps) {
  const [style, rest] = splitStyleProps(props);
  const {
    variation,
    size,
    isFullWidth,
    isDisabled,
    isLoading,
    loadingText,
    className,
    type = 'button',
    children,
    ...dom
  } = rest;
  const disabled = Boolean(isDisabled || isLoading || dom.disabled);
  return (
    <button
      {...dom}
      type={type}
      style={style}
      disabled={disabled}
      aria-busy={isLoading || undefined}
      className={cx(
        'amplify-button',
        'amplify-field-group__control',
        variation && `amplify-button--${variation}`,
        size && `amplify-button--${size}`,
        isFullWidth && 'amplify-button--fullwidth',
        disabled && 'amplify-button--disabled',
        isLoading && 'amplify-button--loading',
        className,
      )}
    >
      {isLoading ? (
        <span className="amplify-button__loader-wrapper">
          <Loader size={size === 'large' ? 'large' : 'small'} />
          {loadingText ?? children}
        </span>
      ) : (
        children
      )}
    </button>
  );
}
