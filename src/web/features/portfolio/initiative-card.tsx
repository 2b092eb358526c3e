import type { TFunction } from 'i18next';
import { memo, type DragEvent } from 'react';
import type { InitiativeSummary } from '../../../contracts/initiatives';
import type { Formatters } from '../../i18n/format';
import { healthTag, priorityTag, readyTag, statusTag } from '../../ui/initiative-tags';
import { progressBar } from '../../ui/progress-bar';

/** The drag's data type: the initiative's key, for a drop on another phase's column. */
export const CARD_DRAG_TYPE = 'application/x-rodtrad-initiative';

interface Props {
  initiative: InitiativeSummary;
  /** Its page; the board follows the link without reloading (see portfolio-board.tsx). */
  href: string;
  /** The product groups it is allocated to (directly or through its teams), by name. */
  productGroups: string;
  /** Ready for Utført and not there yet: the tag is shown. */
  readyShown: boolean;
  /** Present when the user may record gate decisions: the card can be moved. */
  onMove?: (initiative: InitiativeSummary) => void;
  t: TFunction;
  format: Formatters;
}

/**
 * One initiative on the board; the whole card follows its title link (Designsystemet's click
 * delegation). A board draws hundreds, so a card is plain markup with Designsystemet's classes: no
 * hook of its own, the translation and formats come from the board, and it is memoised.
 */
export const InitiativeCard = memo(function InitiativeCard({
  initiative,
  href,
  productGroups,
  readyShown,
  onMove,
  t,
  format,
}: Props) {
  const linkId = `card-${initiative.id}`;
  const startDrag = (event: DragEvent) => {
    event.dataTransfer.setData(CARD_DRAG_TYPE, initiative.key);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <div
      className="ds-card initiative-card"
      data-color="neutral"
      data-clickdelegatefor={linkId}
      draggable={onMove ? true : undefined}
      onDragStart={onMove ? startDrag : undefined}
    >
      <div className="initiative-card__top">
        <p className="ds-paragraph initiative-card__key" data-size="xs">
          {initiative.key}
        </p>
        {onMove ? (
          <button
            type="button"
            className="ds-button initiative-card__move"
            data-variant="tertiary"
            data-size="sm"
            aria-label={t('move.buttonLabel', { key: initiative.key })}
            data-card-move
            onClick={() => onMove(initiative)}
          >
            {t('move.button')}
          </button>
        ) : null}
      </div>
      <h3 className="ds-heading initiative-card__title" data-size="2xs">
        <a id={linkId} href={href} data-card-link={initiative.key}>
          {initiative.title}
        </a>
      </h3>
      {productGroups ? (
        <p className="ds-paragraph initiative-card__group" data-size="xs">
          {productGroups}
        </p>
      ) : null}
      <div className="tags">
        {statusTag(t, initiative.status)}
        {priorityTag(t, initiative.priority)}
        {healthTag(t, initiative.health)}
        {readyTag(t, readyShown)}
      </div>
      {progressBar(t, format, { value: initiative.progress, label: t('progress.label') })}
    </div>
  );
});
