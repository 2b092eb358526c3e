import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { GateStatus, PhaseDefinition } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';
import { PageSection } from './initiative-overview';

/** The exit criteria of the current phase, each met or not, and whether the gate is ready. */
export function GateChecklist({ gate, phases }: { gate: GateStatus; phases: PhaseDefinition[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = (id: string) => {
    const phase = phases.find((p) => p.id === id);
    return phase ? format.localised(phase.name) : id;
  };
  const met = gate.criteria.filter((c) => c.met).length;
  return (
    <PageSection title={t('gate.heading')} className="gate">
      <Paragraph>
        {gate.nextPhase
          ? t('gate.toNext', { phase: name(gate.phase), next: name(gate.nextPhase) })
          : t('gate.last', { phase: name(gate.phase) })}
      </Paragraph>
      {gate.criteria.length === 0 ? (
        <Paragraph>{t('gate.noCriteria')}</Paragraph>
      ) : (
        <>
          <Paragraph
            data-size="sm"
            className={gate.ready ? 'gate__summary gate__summary--ready' : 'gate__summary'}
          >
            {gate.ready
              ? t('gate.ready')
              : t('gate.progress', { met: format.number(met), total: format.number(gate.criteria.length) })}
          </Paragraph>
          <ul className="checklist gate__criteria">
            {gate.criteria.map((criterion) => (
              <li key={criterion.id} data-met={criterion.met} data-criterion={criterion.id}>
                <span className="checklist__mark" aria-hidden="true">
                  {criterion.met ? '✓' : '✗'}
                </span>
                <span className="gate__label">
                  {format.localised(criterion.label)}
                  <span className="subtle gate__kind">
                    {criterion.kind === 'field' ? t('gate.kindField') : t('gate.kindChecklist')}
                  </span>
                </span>
                <Tag data-size="sm" data-color={criterion.met ? 'success' : 'danger'} className="gate__state">
                  {criterion.met ? t('gate.met') : t('gate.notMet')}
                </Tag>
              </li>
            ))}
          </ul>
        </>
      )}
    </PageSection>
  );
}
