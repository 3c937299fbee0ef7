import { Fragment, type ReactNode } from 'react';

// Lingui's element placeholders: <0>text</0> in a message, wrapped by the caller's element.
const ELEMENT = /<(\d+)>(.*?)<\/\1>/g;

/**
 * A message with element placeholders as React nodes: `rich(t('header.signedInAs', { name }),
 * [(text) => <strong>{text}</strong>])`. Translators move the element with the words around it.
 */
export function rich(message: string, elements: readonly ((text: string) => ReactNode)[]) {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of message.matchAll(ELEMENT)) {
    const [whole, index, text = ''] = match;
    nodes.push(message.slice(last, match.index));
    const wrap = elements[Number(index)];
    nodes.push(<Fragment key={match.index}>{wrap ? wrap(text) : text}</Fragment>);
    last = match.index + whole.length;
  }
  nodes.push(message.slice(last));
  return nodes;
}
