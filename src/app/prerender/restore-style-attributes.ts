import { LIFTED_STYLE_ATTRIBUTE } from './lift-style-attributes';

/**
 * Gives pre-rendered elements back the style attributes React rendered (see
 * lift-style-attributes.ts), so hydration finds the DOM it rendered.
 */
export function restoreStyleAttributes(container: HTMLElement): void {
  for (const element of container.querySelectorAll<HTMLElement>(`[${LIFTED_STYLE_ATTRIBUTE}]`)) {
    const style = element.getAttribute(LIFTED_STYLE_ATTRIBUTE) ?? '';
    if (import.meta.env.DEV) {
      // React's development build compares the attribute's text, which the CSSOM reformats;
      // only tests hydrate in development, and without the production CSP.
      element.setAttribute('style', style);
    } else {
      // The CSP refuses style attributes set as text, but not through the CSSOM.
      element.style.cssText = style;
    }
    element.removeAttribute(LIFTED_STYLE_ATTRIBUTE);
  }
}
