import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';
import { useHiddenFields } from '../../api/session';
import { FieldList } from '../../ui/field-list';
import { internalOr } from '../../ui/internal-note';
import { markdownValue } from '../../ui/markdown';
import { PageSection } from './initiative-overview';

/** Every gate decision, newest first. */
export function DecisionsList({ decisions, phases }: { decisions: Decision[]; phases: PhaseDefinition[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rationaleHidden = useHiddenFields().has('rationale');
  const name = (id: string) => {
    const phase = phases.find((p) => p.id === id);
    return phase ? format.localised(phase.name) : id;
  };
  const newestFirst = [...decisions].sort(
    (a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <PageSection title={t('decisions.heading')} className="decisions">
      {newestFirst.length === 0 ? (
        <Paragraph className="not-set">{t('decisions.empty')}</Paragraph>
      ) : (
        <ol className="decisions__list">
          {newestFirst.map((decision) => (
            <li key={decision.id} className="decision" data-outcome={decision.outcome}>
              <Heading level={3} data-size="2xs">
                {t(`values.outcome.${decision.outcome}`)}
                {decision.fromPhase !== decision.toPhase ? (
                  <span className="subtle">
                    {' '}
                    ({t('decisions.move', { from: name(decision.fromPhase), to: name(decision.toPhase) })})
                  </span>
                ) : null}
              </Heading>
              <FieldList
                items={[
                  {
                    label: t('decisions.decidedOn'),
                    value: <time dateTime={decision.decidedOn}>{format.date(decision.decidedOn)}</time>,
                  },
                  { label: t('decisions.decidedBy'), value: decision.decidedBy },
                  ...(decision.rationale || rationaleHidden
                    ? [
                        {
                          label: t('decisions.rationale'),
                          value: internalOr(markdownValue(decision.rationale), rationaleHidden),
                          long: true,
                        },
                      ]
                    : []),
                  ...(decision.conditions
                    ? [
                        {
                          label: t('decisions.conditions'),
                          value: markdownValue(decision.conditions),
                          long: true,
                        },
                      ]
                    : []),
                  ...(decision.evidenceLinks.length > 0
                    ? [
                        {
                          label: t('decisions.evidence'),
                          value: (
                            <ul className="plain-list">
                              {decision.evidenceLinks.map((href) => (
                                <li key={href}>
                                  <Link href={href}>{href}</Link>
                                </li>
                              ))}
                            </ul>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </li>
          ))}
        </ol>
      )}
    </PageSection>
  );
}
