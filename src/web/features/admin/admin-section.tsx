import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/** A titled part of the administration page, with a line on what it is for. */
export function AdminSection({
  title,
  intro,
  children,
  className,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ? `admin-section ${className}` : 'admin-section'}>
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {children}
    </section>
  );
}
