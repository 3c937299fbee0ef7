import type { CSSProperties, ElementType, FormEvent, HTMLAttributes, ReactNode, Ref } from 'react';
import { cx, type StyleProps, splitStyleProps, token } from './style-props';

type DivProps = Omit<HTMLAttributes<HTMLElement>, 'color' | 'onSubmit'> &
  StyleProps & {
    children?: ReactNode;
    /** For `as="form"`. */
    onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
    noValidate?: boolean;
    ref?: Ref<HTMLElement>;
  };

export interface ViewProps extends DivProps {
  as?: ElementType;
  [key: `data-${string}`]: string | undefined;
}

/** A plain element with Amplify style props. */
export function View({ as: As = 'div', ...props }: ViewProps) {
  const [style, rest] = splitStyleProps(props);
  return <As {...rest} style={style} />;
}

export interface FlexProps extends ViewProps {
  direction?: CSSProperties['flexDirection'];
  gap?: string;
  alignItems?: CSSProperties['alignItems'];
  justifyContent?: CSSProperties['justifyContent'];
  wrap?: CSSProperties['flexWrap'];
}

/** Amplify UI's flex layout (class `amplify-flex`), with its spacing tokens. */
export function Flex({
  direction,
  gap,
  alignItems,
  justifyContent,
  wrap,
  className,
  ...props
}: FlexProps) {
  const [style, rest] = splitStyleProps(props);
  const { as: As = 'div', ...domProps } = rest;
  return (
    <As
      {...domProps}
      className={cx('amplify-flex', className)}
      style={{
        flexDirection: direction,
        gap: gap === undefined ? undefined : token('gap', gap),
        alignItems,
        justifyContent,
        flexWrap: wrap,
        ...style,
      }}
    />
  );
}

export interface CardProps extends ViewProps {
  variation?: 'outlined' | 'elevated';
}

export function Card({ variation, className, ...props }: CardProps) {
  return (
    <View
      {...props}
      className={cx('amplify-card', variation && `amplify-card--${variation}`, className)}
    />
  );
}

/** Text for screen readers only. */
export function VisuallyHidden({
  children,
  as: As = 'span',
}: {
  children: ReactNode;
  as?: ElementType;
}) {
  return <As className="amplify-visually-hidden">{children}</As>;
}
