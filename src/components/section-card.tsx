import { type ReactNode, useId } from 'react';
import { Card, Heading } from './ui';

/** An outlined card that is also a named region, so screen readers can jump between them. */
export function SectionCard({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Card as="section" variation="outlined" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} marginBlockEnd="small">
        {title}
      </Heading>
      {children}
    </Card>
  );
}
