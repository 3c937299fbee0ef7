import type { AnchorHTMLAttributes, ElementType, ReactNode } from 'react';
import { View, type ViewProps } from './layout';
import { cx } from './style-props';

export interface HeadingProps extends ViewProps {
  level?: 1 | 2 | 3 | 4 | 5 | 6;
}

export function Heading({ level = 6, className, ...props }: HeadingProps) {
  return (
    <View
      as={`h${level}`}
      {...props}
      className={cx('amplify-heading', `amplify-heading--${level}`, className)}
    />
  );
}

export interface TextProps extends ViewProps {
  variation?: 'primary' | 'secondary' | 'tertiary' | 'error' | 'warning' | 'info' | 'success';
}

export function Text({ variation, as = 'p', className, ...props }: TextProps) {
  return (
    <View
      as={as}
      {...props}
      className={cx('amplify-text', variation && `amplify-text--${variation}`, className)}
    />
  );
}

export interface BadgeProps extends ViewProps {
  variation?: 'info' | 'error' | 'warning' | 'success';
  size?: 'small' | 'large';
}

export function Badge({ variation, size, className, ...props }: BadgeProps) {
  return (
    <View
      as="span"
      {...props}
      className={cx(
        'amplify-badge',
        variation && `amplify-badge--${variation}`,
        size && `amplify-badge--${size}`,
        className,
      )}
    />
  );
}

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  /** A router link component (react-router's Link) to render instead of <a>. */
  as?: ElementType;
  to?: string;
  children?: ReactNode;
  [key: string]: unknown;
};

export function Link({ as: As = 'a', className, ...props }: LinkProps) {
  return <As {...props} className={cx('amplify-link', className as string | undefined)} />;
}
