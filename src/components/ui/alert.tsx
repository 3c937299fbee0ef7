import type { ReactNode } from 'react';
import { View, type ViewProps } from './layout';
import { cx } from './style-props';

export interface AlertProps extends Omit<ViewProps, 'role'> {
  variation?: 'info' | 'error' | 'warning' | 'success';
  heading?: ReactNode;
  /** Errors interrupt (alert); other news waits its turn (status). */
  role?: 'alert' | 'status' | 'none';
}

/** Amplify UI's alert box; errors are announced at once, other variations politely. */
export function Alert({
  variation = 'info',
  heading,
  role,
  className,
  children,
  ...props
}: AlertProps) {
  const live = role ?? (variation === 'error' ? 'alert' : 'status');
  return (
    <View
      {...props}
      role={live === 'none' ? undefined : live}
      className={cx('amplify-flex', 'amplify-alert', `amplify-alert--${variation}`, className)}
    >
      <div className="amplify-alert__body">
        {heading && <div className="amplify-alert__heading">{heading}</div>}
        {children}
      </div>
    </View>
  );
}
