/** Pre-rendered markup whose style attributes moved out, and the styles they held. */
export interface LiftedStyles {
  readonly markup: string;
  readonly styles: ReadonlySet<string>;
}

/** Where a lifted style waits for the browser (restore-style-attributes.ts). */
export const LIFTED_STYLE_ATTRIBUTE = 'data-ssr-style';

// React writes attributes double-quoted, with " escaped, and escapes " in text too, so this
// only ever matches a real style attribute.
const STYLE_ATTRIBUTE = / style="([^"]*)"/g;

const unescapeHtml = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

const cssString = (value: string) =>
  `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\a ')}"`;

/**
 * Moves the style attributes out of `markup`. Our CSP forbids inline style attributes (style-src 'self'), and the layout props React
 * renders (Flex's gap, direction…) become exactly those in server HTML. So each becomes a
 * data attribute, styled from a stylesheet until the browser sets it again through the
 * CSSOM, which the CSP allows, just before hydrating.
 */
export function liftStyleAttributes(markup: string): LiftedStyles {
  const styles = new Set<string>();
  const lifted = markup.replace(STYLE_ATTRIBUTE, (_, escaped: string) => {
    const style = unescapeHtml(escaped);
    // Our components' layout props, never user input; still, nothing may leave its rule.
    if (/[{}<]/.test(style)) throw new Error(`unexpected style attribute: ${style}`);
    styles.add(style);
    return ` ${LIFTED_STYLE_ATTRIBUTE}="${escaped}"`;
  });
  return { markup: lifted, styles };
}

// A style attribute beats every rule; !important gets the lifted one close.
const important = (style: string) =>
  style
    .split(';')
    .filter((declaration) => declaration.trim())
    .map((declaration) => `${declaration} !important`)
    .join(';');

/** The stylesheet that shows lifted elements styled until the browser restores them. */
export const liftedStyleSheet = (styles: Iterable<string>): string =>
  [...styles]
    .map((style) => `[${LIFTED_STYLE_ATTRIBUTE}=${cssString(style)}]{${important(style)}}`)
    .join('\n');
