import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { GateStatus } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';

/**
 * The exit criteria of the initiative's phase in the dialog: each says in words whether it is met or
 * missing (the colour and the mark only repeat it), and the summary counts what is missing.
 */
export function GateCriteria({
  gate,
  from,
  to,
  headingId,
}: {
  gate: GateStatus;
  /** Names of the phase left and the phase entered. */
  from: string;
  to: string;
  headingId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const missing = gate.criteria.filter((criterion) => !criterion.met);
  const total = format.number(gate.criteria.length);
  return (
    <section className="gate-dialog__criteria" aria-labelledby={headingId}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('gateDialog.criteria.heading', { from, to })}
      </Heading>
      {gate.criteria.length === 0 ? (
        <Paragraph data-size="sm">{t('gateDialog.criteria.none')}</Paragraph>
      ) : (
        <>
          <Paragraph
            data-size="sm"
            className="gate-dialog__criteria-summary"
            data-ready={missing.length === 0}
          >
            {missing.length === 0
              ? t('gateDialog.criteria.allMet', { total })
              : t('gateDialog.criteria.someMissing', { missing: format.number(missing.length), total })}
          </Paragraph>
          <ul className="checklist gate-dialog__list">
            {gate.criteria.map((criterion) => (
              <li key={criterion.id} data-met={criterion.met} data-criterion={criterion.id}>
                <span className="checklist__mark" aria-hidden="true">
                  {criterion.met ? '✓' : '✗'}
                </span>
                <span className="gate-dialog__label">{format.localised(criterion.label)}</span>
                <Tag
                  data-size="sm"
                  data-color={criterion.met ? 'success' : 'danger'}
                  className="gate-dialog__state"
                >
                  {criterion.met ? t('gateDialog.criteria.met') : t('gateDialog.criteria.missing')}
                </Tag>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
