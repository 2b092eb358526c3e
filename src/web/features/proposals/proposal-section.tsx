import { Details, Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** How many of the section's fields hold something, shown while it is closed. */
  filled: number;
  /** Open from the start (a restored draft with something in it). */
  defaultOpen: boolean;
  children: ReactNode;
}

/**
 * One part of the template (Begrunnelse, Ressurser …) that opens on demand, so the form starts short.
 * Its heading sits in the summary, so the page's heading outline still lists every part. Left
 * uncontrolled: the error summary opens a section itself before it moves focus into it.
 */
export function ProposalSection({ title, filled, defaultOpen, children }: Props) {
  const { t } = useTranslation();
  return (
    <Details className="proposal-section" defaultOpen={defaultOpen}>
      <Details.Summary>
        <Heading level={2} data-size="xs" className="proposal-section__heading">
          {title}
        </Heading>
        {filled > 0 ? (
          <span className="proposal-section__filled">{t('proposal.sections.filled', { count: filled })}</span>
        ) : null}
      </Details.Summary>
      <Details.Content className="proposal-section__content">{children}</Details.Content>
    </Details>
  );
}
