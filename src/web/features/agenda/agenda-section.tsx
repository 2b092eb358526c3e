import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAppPaths } from '../../api/client-context';

/** One part of the agenda: a heading with how many it holds, what it is, and its items or "none". */
export function AgendaSection({
  name,
  heading,
  intro,
  empty,
  count,
  children,
}: {
  /** Stable name, for styling and tests. */
  name: string;
  heading: string;
  intro: string;
  empty: string;
  count: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="agenda-section" aria-labelledby={headingId} data-section={name} data-count={count}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('agenda.headingCount', { heading, count })}
      </Heading>
      <Paragraph data-size="sm" className="subtle agenda-section__intro">
        {intro}
      </Paragraph>
      {count === 0 ? <Paragraph className="not-set">{empty}</Paragraph> : children}
    </section>
  );
}

/** An initiative on the agenda: its case key and title linking to its page, then what the section says. */
export function AgendaItem({
  id,
  initiativeKey,
  title,
  meta,
  children,
}: {
  id: string;
  initiativeKey: string;
  title: string;
  /** Short facts shown on one line (phase, owner, tags). */
  meta: ReactNode[];
  children?: ReactNode;
}) {
  const paths = useAppPaths();
  return (
    <li className="agenda-item" data-id={id} data-key={initiativeKey}>
      <Heading level={3} data-size="2xs" className="agenda-item__title">
        <Link asChild>
          <RouterLink to={paths.initiative(initiativeKey)}>
            <span className="agenda-item__key">{initiativeKey}</span> {title}
          </RouterLink>
        </Link>
      </Heading>
      <ul className="agenda-item__meta">
        {meta
          .filter((m) => m !== null && m !== false && m !== undefined)
          .map((m, n) => (
            <li key={n}>{m}</li>
          ))}
      </ul>
      {children}
    </li>
  );
}
