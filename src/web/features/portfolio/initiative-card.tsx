import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { memo, useId, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { InitiativeSummary } from '../../../contracts/initiatives';
import { useAppPaths } from '../../api/client-context';
import { HealthTag, PriorityTag, ReadyForDoneTag, StatusTag } from '../../ui/initiative-tags';
import { ProgressBar } from '../../ui/progress-bar';

/** The drag's data type: the initiative's key, for a drop on another phase's column. */
export const CARD_DRAG_TYPE = 'application/x-rodtrad-initiative';

interface Props {
  initiative: InitiativeSummary;
  /** The product groups it is allocated to (directly or through its teams), by name. */
  productGroups: string;
  /** Present when the user may record gate decisions: the card can be moved. */
  onMove?: (initiative: InitiativeSummary) => void;
}

/**
 * One initiative on the board; the whole card follows its title link. Memoised: the board redraws
 * hundreds of cards when a filter changes, and a card's own props rarely do.
 */
export const InitiativeCard = memo(function InitiativeCard({ initiative, productGroups, onMove }: Props) {
  const { t } = useTranslation();
  const paths = useAppPaths();
  const linkId = useId();
  const startDrag = (event: DragEvent) => {
    event.dataTransfer.setData(CARD_DRAG_TYPE, initiative.key);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <Card
      data-clickdelegatefor={linkId}
      data-color="neutral"
      className="initiative-card"
      draggable={onMove ? true : undefined}
      onDragStart={onMove ? startDrag : undefined}
    >
      <div className="initiative-card__top">
        <Paragraph data-size="xs" className="initiative-card__key">
          {initiative.key}
        </Paragraph>
        {onMove ? (
          <Button
            variant="tertiary"
            data-size="sm"
            className="initiative-card__move"
            aria-label={t('move.buttonLabel', { key: initiative.key })}
            data-card-move
            onClick={() => onMove(initiative)}
          >
            {t('move.button')}
          </Button>
        ) : null}
      </div>
      <Heading level={3} data-size="2xs" className="initiative-card__title">
        <RouterLink id={linkId} to={paths.initiative(initiative.key)} data-card-link={initiative.key}>
          {initiative.title}
        </RouterLink>
      </Heading>
      {productGroups ? (
        <Paragraph data-size="xs" className="initiative-card__group">
          {productGroups}
        </Paragraph>
      ) : null}
      <div className="tags">
        <StatusTag status={initiative.status} />
        <PriorityTag priority={initiative.priority} />
        <HealthTag health={initiative.health} />
        <ReadyForDoneTag ready={initiative.readyForDone} phase={initiative.phase} />
      </div>
      <ProgressBar value={initiative.progress} label={t('progress.label')} />
    </Card>
  );
});
