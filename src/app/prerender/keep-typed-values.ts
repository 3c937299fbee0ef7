type Field = HTMLInputElement | HTMLTextAreaElement;

const TEXT_LIKE = 'input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea';

/**
 * Hands React what someone typed into the pre-rendered form before or while it hydrated:
 * hydration keeps the text on screen but not in React's state. Call once hydration is done.
 * For each field whose text is not the HTML's, React is told the field held the HTML's text
 * (it watches the field's own value property), then the text goes back through the
 * prototype's setter, which React does not watch, and an input event makes React read it;
 * all in one task, so the field never shows anything else.
 */
export function keepTypedValues(container: HTMLElement): void {
  for (const field of container.querySelectorAll<Field>(TEXT_LIKE)) {
    const typed = field.value;
    if (typed === field.defaultValue) continue;
    field.value = field.defaultValue;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, typed);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
