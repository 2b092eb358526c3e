import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { SearchGroup, SearchResult } from '../../../contracts/search';
import { useAppPaths } from '../../api/client-context';
import { StatusTag } from '../../ui/initiative-tags';
import { usePhaseName } from '../../ui/use-phase-name';
import { epicTarget, type HitTarget } from './search-queries';

type GroupName = 'initiatives' | 'roadmapElements' | 'epics' | 'people';

/** The hits of one search, grouped by kind; kinds without hits are left out. */
export function SearchResults({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  const paths = useAppPaths();
  const phaseName = usePhaseName();
  const total =
    result.initiatives.items.length +
    result.roadmapElements.items.length +
    result.epics.items.length +
    result.people.items.length;
  return (
    <>
      <Paragraph role="status" className="search-page__summary">
        {total === 0 ? t('search.none', { q: result.q }) : t('search.resultsFor', { q: result.q })}
      </Paragraph>
      <HitGroup name="initiatives" group={result.initiatives}>
        {result.initiatives.items.map((hit) => (
          <HitLine
            key={hit.id}
            target={{ to: paths.initiative(hit.key) }}
            label={
              <>
                <span className="agenda-item__key">{hit.key}</span> {hit.title}
              </>
            }
            facts={[
              phaseName(hit.phase),
              hit.status !== 'active' ? <StatusTag key="status" status={hit.status} /> : null,
              hit.matchedIn !== 'title'
                ? t('search.matchedIn', { field: t(`fields.${hit.matchedIn}`) })
                : null,
            ]}
            snippet={hit.snippet}
          />
        ))}
      </HitGroup>
      <HitGroup name="roadmapElements" group={result.roadmapElements}>
        {result.roadmapElements.items.map((hit) => (
          <HitLine
            key={hit.id}
            target={{ to: paths.roadmapElement(hit.id) }}
            label={hit.title}
            facts={[t(`thread.elementStatus.${hit.status}`), hit.ref]}
          />
        ))}
      </HitGroup>
      <HitGroup name="epics" group={result.epics}>
        {result.epics.items.map((hit) => (
          <HitLine
            key={hit.id}
            target={epicTarget(hit, paths)}
            label={hit.title}
            facts={[
              t(`thread.itemState.${hit.state}`),
              hit.teamName ? t('search.team', { name: hit.teamName }) : null,
              hit.ref,
            ]}
          />
        ))}
      </HitGroup>
      <HitGroup name="people" group={result.people}>
        {result.people.items.map((hit) => (
          <HitLine key={hit.id} target={{ to: paths.person(hit.id) }} label={hit.name} facts={[hit.title]} />
        ))}
      </HitGroup>
    </>
  );
}

function HitGroup({
  name,
  group,
  children,
}: {
  name: GroupName;
  group: SearchGroup<unknown>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  if (group.items.length === 0) return null;
  const heading = t(`search.groups.${name}`);
  const count = group.items.length;
  return (
    <section className="search-group" aria-labelledby={headingId} data-group={name}>
      <Heading level={2} data-size="sm" id={headingId}>
        {group.more
          ? t('search.headingMore', { heading, count })
          : t('search.headingCount', { heading, count })}
      </Heading>
      <ul className="search-group__list">{children}</ul>
      {group.more ? (
        <Paragraph data-size="sm" className="subtle">
          {t('search.more', { count })}
        </Paragraph>
      ) : null}
    </section>
  );
}

/** One hit: its name as a link (inside the app, or out to GitHub), the facts about it, and a snippet. */
function HitLine({
  target,
  label,
  facts,
  snippet,
}: {
  target: HitTarget;
  label: ReactNode;
  facts: ReactNode[];
  snippet?: string | null;
}) {
  const shown = facts.filter((fact) => fact !== null && fact !== undefined && fact !== '');
  return (
    <li className="search-hit">
      <span className="search-hit__name">
        {target.to ? (
          <Link asChild>
            <RouterLink to={target.to}>{label}</RouterLink>
          </Link>
        ) : target.href ? (
          <Link href={target.href} rel="noreferrer">
            {label}
          </Link>
        ) : (
          label
        )}
      </span>
      {shown.length > 0 ? (
        <ul className="search-hit__facts">
          {shown.map((fact, n) => (
            <li key={n}>{fact}</li>
          ))}
        </ul>
      ) : null}
      {snippet ? (
        <Paragraph data-size="sm" className="search-hit__snippet">
          {snippet}
        </Paragraph>
      ) : null}
    </li>
  );
}
