import type { ReactNode } from 'react';

/** Term and value pairs as a description list, the structure screen readers expect for them. */
export function DetailsList({ children }: { children: ReactNode }) {
  return <dl className="details-list">{children}</dl>;
}

/** One term and its value inside a DetailsList. */
export function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
