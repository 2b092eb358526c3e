import { Badge, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_SEVERITIES, type CheckReport, type CheckSeverity } from '../../../contracts/checks';
import { allows, useAccess } from '../../api/session';
import { useChecks } from '../../api/thread-queries';
import { useFormat } from '../../i18n/format';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { CheckCard } from './check-card';

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'info' } as const;

/** The portfolio checks: broken red threads, grouped by how serious they are. */
export function ChecksPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('checks.title'));
  const access = useAccess();
  const allowed = allows(access.data, 'checks.run');
  const checks = useChecks(allowed);
  const report = checks.data;
  return (
    <div className="page checks-page">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('checks.title')}
        </Heading>
        <Paragraph>{t('checks.intro')}</Paragraph>
      </div>
      {access.data && !allowed ? (
        <Paragraph className="checks-page__refused">{t('access.noChecks')}</Paragraph>
      ) : checks.error ? (
        <LoadError error={checks.error} onRetry={() => void checks.refetch()} />
      ) : !report ? (
        <Loading />
      ) : (
        <>
          <div className="checks-summary">
            <ul className="tags" aria-label={t('checks.summaryLabel')}>
              {CHECK_SEVERITIES.map((severity) => (
                <li key={severity}>
                  <Tag data-color={SEVERITY_COLOR[severity]} data-severity={severity}>
                    {t(`checks.severityCount.${severity}`, { count: report.counts[severity] })}
                  </Tag>
                </li>
              ))}
            </ul>
            <Paragraph data-size="sm" className="subtle">
              <time dateTime={report.checkedAt}>
                {t('checks.checkedAt', { time: format.dateTime(report.checkedAt) })}
              </time>
            </Paragraph>
          </div>
          {CHECK_SEVERITIES.map((severity) => (
            <SeveritySection key={severity} severity={severity} report={report} />
          ))}
        </>
      )}
    </div>
  );
}

function SeveritySection({ severity, report }: { severity: CheckSeverity; report: CheckReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const checks = report.results.filter((result) => result.severity === severity);
  const found = checks.filter((check) => check.items.length > 0);
  const passed = checks.filter((check) => check.items.length === 0);
  const count = report.counts[severity];
  return (
    <section className="checks-section" aria-labelledby={headingId} data-severity={severity}>
      <Heading level={2} data-size="sm" id={headingId} className="checks-section__heading">
        <span>{t(`checks.severity.${severity}`)}</span>
        <Badge count={count} variant="tinted" data-color={SEVERITY_COLOR[severity]} aria-hidden="true" />
        <span className="ds-sr-only">{t(`checks.severityCount.${severity}`, { count })}</span>
      </Heading>
      {checks.length === 0 ? <Paragraph className="not-set">{t('checks.sectionEmpty')}</Paragraph> : null}
      {found.map((check) => (
        <CheckCard key={check.id} check={check} />
      ))}
      {passed.length > 0 ? (
        <div className="checks-passed">
          <Heading level={3} data-size="2xs">
            {t('checks.passedHeading')}
          </Heading>
          <ul className="checklist">
            {passed.map((check) => (
              <li key={check.id} data-met="true" data-check={check.id}>
                <span className="checklist__mark" aria-hidden="true">
                  ✓
                </span>
                <span>{check.title ? format.localised(check.title) : check.id}</span>
                <span className="ds-sr-only">{t('checks.passed')}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
