import type { CSSProperties } from 'react';

/**
 * The few Amplify UI style props our pages use (marginBlockEnd="medium", gap="small"...),
 * turned into Amplify theme CSS variables. Applied through React's style object, which sets
 * CSSOM properties and so is allowed by a CSP without 'unsafe-inline'.
 */
export interface StyleProps {
  margin?: string;
  marginBlock?: string;
  marginInline?: string;
  paddingBlock?: string;
  paddingInline?: string;
  marginBlockStart?: string;
  marginBlockEnd?: string;
  marginInlineStart?: string;
  marginInlineEnd?: string;
  padding?: string;
  width?: string;
  maxWidth?: string;
  textAlign?: CSSProperties['textAlign'];
  fontWeight?: CSSProperties['fontWeight'];
  fontSize?: string;
  color?: string;
}

const STYLE_KEYS = [
  'margin',
  'marginBlock',
  'marginInline',
  'paddingBlock',
  'paddingInline',
  'marginBlockStart',
  'marginBlockEnd',
  'marginInlineStart',
  'marginInlineEnd',
  'padding',
  'width',
  'maxWidth',
  'textAlign',
  'fontWeight',
  'fontSize',
  'color',
] as const;

const SPACE = /^(xxxs|xxs|xs|small|medium|large|xl|xxl|xxxl|zero|relative\.\w+)$/;
const FONT_SIZE = /^(xxxs|xxs|xs|small|medium|large|xl|xxl|xxxl|xxxxl)$/;

/** A theme token name becomes its CSS variable; anything else is used as given. */
export function token(key: string, value: string | number): string | number {
  if (typeof value !== 'string') return value;
  if (key === 'fontSize' && FONT_SIZE.test(value)) return `var(--amplify-font-sizes-${value})`;
  if (key === 'color' && /^font\.\w+$/.test(value)) {
    return `var(--amplify-colors-font-${value.split('.')[1]})`;
  }
  if (SPACE.test(value)) return `var(--amplify-space-${value.replace('.', '-')})`;
  return value;
}

/** Splits style props from the rest, so the rest can go to the DOM element untouched. */
export function splitStyleProps<P extends StyleProps & { style?: CSSProperties }>(
  props: P,
): [CSSProperties | undefined, Omit<P, keyof StyleProps | 'style'>] {
  const style: Record<string, string | number> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if ((STYLE_KEYS as readonly string[]).includes(key)) {
      if (value !== undefined) style[key] = token(key, value as string);
    } else if (key !== 'style') {
      rest[key] = value;
    }
  }
  const merged = { ...style, ...props.style };
  return [
    Object.keys(merged).length ? (merged as CSSProperties) : undefined,
    rest as Omit<P, keyof StyleProps | 'style'>,
  ];
}

export const cx = (...names: (string | false | null | undefined)[]): string =>
  names.filter(Boolean).join(' ');
