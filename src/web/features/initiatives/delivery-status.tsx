import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetail } from '../../../contracts/initiatives';
import type { HealthReason } from '../../../contracts/rollup';
import { useIsLastPhase } from '../../api/thread-queries';
import { useFormat } from '../../i18n/format';
import { useHealthReasonText } from '../../ui/use-health-reason-text';
import { FieldList } from '../../ui/field-list';
import { HealthTag } from '../../ui/initiative-tags';
import { ProgressBar } from '../../ui/progress-bar';
import { PageSection } from './initiative-overview';

/**
 * How far the delivery has come and how healthy it is, as the roll-up computed it from the roadmap
 * or as a person overrode it in a status update; and whether the Utført gate can be taken.
 */
export function DeliveryStatus({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { rollup } = initiative;
  const isLastPhase = useIsLastPhase();
  const progressOverridden = initiative.progressOverride !== null;
  const healthOverridden = initiative.healthOverride !== null;
  const computed = (value: number | null) =>
    value === null ? t('progress.notMeasured') : format.percent(value);
  return (
    <PageSection title={t('delivery.heading')} className="delivery">
      {initiative.readyForDone && !isLastPhase(initiative.phase) ? (
        <Alert data-color="success" className="delivery__ready">
          <Heading level={3} data-size="xs">
            {t('delivery.readyHeading')}
          </Heading>
          <Paragraph>{t('delivery.readyText')}</Paragraph>
        </Alert>
      ) : null}
      <FieldList
        items={[
          {
            label: t('delivery.progress'),
            value: (
              <span className="delivery__value" data-field="progress">
                <ProgressBar value={initiative.progress} />
                {progressOverridden ? <OverriddenTag /> : null}
                {progressOverridden ? (
                  <span className="subtle delivery__computed">
                    {t('delivery.computedProgress', { value: computed(rollup.progress) })}
                  </span>
                ) : null}
              </span>
            ),
          },
          {
            label: t('delivery.health'),
            value: (
              <span className="delivery__value" data-field="health">
                {initiative.health ? (
                  <HealthTag health={initiative.health} />
                ) : (
                  <span className="not-set">{t('delivery.notAssessed')}</span>
                )}
                {healthOverridden ? <OverriddenTag /> : null}
                {healthOverridden ? (
                  <span className="subtle delivery__computed">
                    {t('delivery.computedHealth', {
                      value: rollup.computedHealth
                        ? t(`values.health.${rollup.computedHealth}`)
                        : t('delivery.notAssessed'),
                    })}
                  </span>
                ) : null}
              </span>
            ),
          },
          {
            label: t('delivery.expected'),
            value: rollup.expectedProgress === null ? null : format.percent(rollup.expectedProgress),
          },
          {
            label: t('delivery.period'),
            value:
              rollup.rolledStart && rollup.rolledEnd
                ? t('delivery.periodValue', {
                    start: format.date(rollup.rolledStart),
                    end: format.date(rollup.rolledEnd),
                  })
                : null,
          },
          {
            label: t('delivery.lastActivity'),
            value: rollup.lastActivityAt ? format.date(rollup.lastActivityAt) : null,
          },
        ]}
      />
      <HealthReasons reasons={rollup.healthReasons} />
    </PageSection>
  );
}

function OverriddenTag() {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color="info" variant="outline" className="tag delivery__overridden">
      {t('delivery.overridden')}
    </Tag>
  );
}

/** The derived health's reasons in words, each with the colour it gives. */
function HealthReasons({ reasons }: { reasons: HealthReason[] }) {
  const { t } = useTranslation();
  const words = useHealthReasonText();
  if (reasons.length === 0) return null;
  return (
    <div className="delivery__reasons">
      <Heading level={3} data-size="2xs">
        {t('delivery.reasonsHeading')}
      </Heading>
      <ul className="checklist">
        {reasons.map((reason) => (
          <li key={reason.code} data-reason={reason.code}>
            <HealthTag health={reason.health} />
            <span>{words(reason)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
