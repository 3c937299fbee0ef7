import {
  type AnchorHTMLAttributes,
  type ElementType,
  type ReactNode,
  useEffect,
  useRef,
} from 'react';
import { t } from '../../lib/i18n/i18n';
import { View, type ViewProps } from './layout';
import { pageTitle } from './page-title';
import { cx } from './style-props';

export interface HeadingProps extends ViewProps {
  level?: 1 | 2 | 3 | 4 | 5 | 6;
}

export function Heading({ level = 6, className, ...props }: HeadingProps) {
  const ref = useRef<HTMLElement>(null);
  // A page's one h1 names the document, in the page's language: after every render, so a
  // switch of language or a heading that changes renames it too.
  useEffect(() => {
    if (level === 1) document.title = pageTitle(ref.current?.textContent, t('app.name'));
  });
  return (
    <View
      as={`h${level}`}
      ref={ref}
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
