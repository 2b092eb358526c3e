import {
  Badge,
  Button,
  Details,
  DetailsContent,
  DetailsSummary,
  Heading,
  Paragraph,
} from '@digdir/designsystemet-react';
import { useId, useState, type DragEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InitiativeSummary } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { CARD_DRAG_TYPE, InitiativeCard } from './initiative-card';

/** A column shows this many cards until asked for all: a thousand cards help nobody and slow the page. */
export const CARDS_SHOWN = 20;

interface Props {
  phases: PhaseDefinition[];
  items: InitiativeSummary[];
  /** Product group id → name, for the cards. */
  groupNames: ReadonlyMap<string, string>;
  /** The workflow's last phase: an initiative there is no longer "ready for" it. */
  lastPhase: string | undefined;
  /** Present when the user may record gate decisions: cards can be moved to another phase. */
  onMove?: (initiative: InitiativeSummary, toPhase?: string) => void;
}

/** One column per phase, in workflow order; a card dragged onto another column asks for a gate decision. */
export function PortfolioBoard({ phases, items, groupNames, lastPhase, onMove }: Props) {
  const { t } = useTranslation();
  const followCardLink = useCardLinks();
  const byPhase = new Map<string, InitiativeSummary[]>(phases.map((phase) => [phase.id, []]));
  for (const item of items) byPhase.get(item.phase)?.push(item);
  const drop = (phase: string, key: string) => {
    const initiative = items.find((item) => item.key === key);
    if (initiative && initiative.phase !== phase) onMove?.(initiative, phase);
  };
  return (
    // Catches clicks on the cards' own links only; the keyboard reaches those as links.
    <div
      className="board"
      aria-label={t('portfolio.board.label')}
      role="region"
      data-size="sm"
      onClick={followCardLink}
    >
      {onMove ? <p className="ds-sr-only">{t('move.dropHint')}</p> : null}
      {phases.map((phase) => (
        <PhaseColumn
          key={phase.id}
          phase={phase}
          items={byPhase.get(phase.id) ?? []}
          groupNames={groupNames}
          lastPhase={lastPhase}
          onMove={onMove}
          onDrop={onMove ? (key) => drop(phase.id, key) : undefined}
        />
      ))}
    </div>
  );
}

interface ColumnProps extends Omit<Props, 'phases'> {
  phase: PhaseDefinition;
  onDrop?: (key: string) => void;
}

function PhaseColumn({ phase, items, groupNames, lastPhase, onMove, onDrop }: ColumnProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const [dropTarget, setDropTarget] = useState(false);
  const name = format.localised(phase.name);
  const shown = showAll ? items : items.slice(0, CARDS_SHOWN);
  const names = (item: InitiativeSummary) =>
    item.productGroupIds
      .map((id) => groupNames.get(id) ?? '')
      .filter(Boolean)
      .join(', ');

  const dragOver = (event: DragEvent) => {
    if (!onDrop || !event.dataTransfer.types.includes(CARD_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropTarget(true);
  };
  const dropped = (event: DragEvent) => {
    setDropTarget(false);
    const key = event.dataTransfer.getData(CARD_DRAG_TYPE);
    if (!onDrop || !key) return;
    event.preventDefault();
    onDrop(key);
  };

  return (
    <section
      className="board__column"
      aria-labelledby={headingId}
      data-phase={phase.id}
      data-drop-target={dropTarget || undefined}
      onDragOver={dragOver}
      onDragLeave={() => setDropTarget(false)}
      onDrop={dropped}
    >
      <Heading level={2} data-size="xs" id={headingId} className="board__heading">
        <span>{name}</span>
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
          {shown.map((item) => (
            <li key={item.id}>
              <InitiativeCard
                initiative={item}
                href={paths.initiative(item.key)}
                t={t}
                format={format}
                productGroups={names(item)}
                readyShown={item.readyForDone && item.phase !== lastPhase}
                onMove={onMove}
              />
            </li>
          ))}
        </ol>
      )}
      {items.length > CARDS_SHOWN ? (
        <Button variant="tertiary" data-size="sm" onClick={() => setShowAll((all) => !all)}>
          {showAll
            ? t('columns.showFewer', { phase: name })
            : t('columns.showAll', { count: items.length, phase: name })}
        </Button>
      ) : null}
    </section>
  );
}

/**
 * The cards' title links are plain anchors (a router link per card would redraw every card on each
 * change of the URL's filters); a plain left click on one is followed inside the app.
 */
function useCardLinks() {
  const navigate = useNavigate();
  return (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a[data-card-link]');
    const href = link?.getAttribute('href');
    if (!href) return;
    event.preventDefault();
    void navigate(href);
  };
}
