import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { InitiativeSummary } from '../../../contracts/initiatives';
import { useAppPaths } from '../../api/client-context';
import { HealthTag, PriorityTag, ReadyForDoneTag, StatusTag } from '../../ui/initiative-tags';
import { ProgressBar } from '../../ui/progress-bar';

/** One initiative on the board; the whole card follows its title link. */
export function InitiativeCard({ initiative }: { initiative: InitiativeSummary }) {
  const { t } = useTranslation();
  const paths = useAppPaths();
  const linkId = useId();
  return (
    <Card data-clickdelegatefor={linkId} data-color="neutral" className="initiative-card">
      <Paragraph data-size="xs" className="initiative-card__key">
        {initiative.key}
      </Paragraph>
      <Heading level={3} data-size="2xs" className="initiative-card__title">
        <RouterLink id={linkId} to={paths.initiative(initiative.key)}>
          {initiative.title}
        </RouterLink>
      </Heading>
      <div className="tags">
        <StatusTag status={initiative.status} />
        <PriorityTag priority={initiative.priority} />
        <HealthTag health={initiative.health} />
        <ReadyForDoneTag ready={initiative.readyForDone} phase={initiative.phase} />
      </div>
      <ProgressBar value={initiative.progress} label={t('progress.label')} />
    </Card>
  );
}
