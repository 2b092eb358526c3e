import {
  Badge,
  Details,
  DetailsContent,
  DetailsSummary,
  Heading,
  Paragraph,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeSummary } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';
import { InitiativeCard } from './initiative-card';

/** One column per phase, in workflow order. */
export function PortfolioBoard({ phases, items }: { phases: PhaseDefinition[]; items: InitiativeSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="board" aria-label={t('portfolio.board.label')} role="region" data-size="sm">
      {phases.map((phase) => (
        <PhaseColumn key={phase.id} phase={phase} items={items.filter((item) => item.phase === phase.id)} />
      ))}
    </div>
  );
}

function PhaseColumn({ phase, items }: { phase: PhaseDefinition; items: InitiativeSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  return (
    <section className="board__column" aria-labelledby={headingId} data-phase={phase.id}>
      <Heading level={2} data-size="xs" id={headingId} className="board__heading">
        <span>{format.localised(phase.name)}</span>
        <Badge count={items.length} variant="tinted" data-color="neutral" aria-hidden="true" />
        <span className="ds-sr-only">{t('portfolio.count', { count: items.length })}</span>
      </Heading>
      {phase.exitCriteria.length > 0 ? (
        <Details data-size="sm" className="board__criteria">
          <DetailsSummary>
            {t('portfolio.board.exitCriteria', { count: phase.exitCriteria.length })}
          </DetailsSummary>
          <DetailsContent>
            <ul>
              {phase.exitCriteria.map((criterion) => (
                <li key={criterion.id}>{format.localised(criterion.label)}</li>
              ))}
            </ul>
          </DetailsContent>
        </Details>
      ) : null}
      {items.length === 0 ? (
        <Paragraph data-size="sm" className="board__empty">
          {t('portfolio.board.emptyColumn')}
        </Paragraph>
      ) : (
        <ol className="board__cards">
          {items.map((item) => (
            <li key={item.id}>
              <InitiativeCard initiative={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
