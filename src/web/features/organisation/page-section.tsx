import { Heading } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/** A titled part of an organisation page, named by its heading for screen readers. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
