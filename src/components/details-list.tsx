import type { ReactNode } from 'react';
import './details-list.css';

/**
 * Term and value pairs as a description list, the structure screen readers expect for them.
 * `details` maps each term to its value, in the order they are shown.
 */
export function DetailsList({ details }: { details: Readonly<Record<string, ReactNode>> }) {
  return (
    <dl className="details-list">
      {Object.entries(details).map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
