import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Initiative } from '../../../contracts/initiatives';
import { useAppPaths } from '../../api/client-context';
import { useInitiative, useWorkflow } from '../../api/queries';
import { useFormat } from '../../i18n/format';

/**
 * What happens after a proposal is sent (PROCESS.md): the portfolio office takes it up at its weekly
 * meeting; it starts in the first phase, and the gate to the next one asks for what is listed. Focus
 * comes to the heading, so a screen reader starts reading here.
 */
export function ProposalConfirmation({
  initiative,
  onProposeAnother,
}: {
  initiative: Initiative;
  onProposeAnother: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  const heading = useRef<HTMLHeadingElement>(null);
  const phases = useWorkflow().data?.workflow.phases ?? [];
  const gate = useInitiative(initiative.key).data?.gate;
  const phaseName = (id: string | null | undefined) => {
    const phase = phases.find((candidate) => candidate.id === id);
    return phase ? format.localised(phase.name) : (id ?? '');
  };

  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="proposal-confirmation" aria-labelledby="proposal-confirmation-heading">
      <Heading level={2} data-size="md" id="proposal-confirmation-heading" ref={heading} tabIndex={-1}>
        {t('proposal.confirmation.heading')}
      </Heading>
      <Paragraph>
        {t('proposal.confirmation.key', { key: initiative.key, title: initiative.title })}
      </Paragraph>
      <Heading level={3} data-size="xs">
        {t('proposal.confirmation.next')}
      </Heading>
      <ol className="proposal-confirmation__steps">
        <li>{t('proposal.confirmation.office')}</li>
        <li>
          {t('proposal.confirmation.phase', { phase: phaseName(initiative.phase) })}
          {gate?.nextPhase && gate.criteria.length > 0 ? (
            <>
              {' '}
              {t('proposal.confirmation.gate', { next: phaseName(gate.nextPhase) })}
              <ul className="proposal-confirmation__criteria">
                {gate.criteria.map((criterion) => (
                  <li key={criterion.id} data-met={criterion.met}>
                    <span>{format.localised(criterion.label)}</span>{' '}
                    <span className="proposal-confirmation__state">
                      ({criterion.met ? t('proposal.confirmation.met') : t('proposal.confirmation.notMet')})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </li>
        <li>{t('proposal.confirmation.follow')}</li>
      </ol>
      <div className="proposal-confirmation__links">
        <Link asChild>
          <RouterLink to={paths.initiative(initiative.key)}>
            {t('proposal.confirmation.open', { key: initiative.key })}
          </RouterLink>
        </Link>
        <Link asChild>
          <RouterLink to={paths.propose()} onClick={onProposeAnother}>
            {t('proposal.confirmation.another')}
          </RouterLink>
        </Link>
      </div>
    </section>
  );
}
