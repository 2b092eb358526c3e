import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoveredItem, InitiativeLine } from '../../../contracts/strategy-coverage';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { HealthTag, StatusTag } from '../../ui/initiative-tags';
import { AppLink } from '../../ui/app-link';
import { usePhaseName } from '../../ui/use-phase-name';
import { kindWorthSaying } from './coverage-filter';

/** One item: its kind, reference and title, whether anything serves it, and the initiatives that do. */
export function CoverageItemLine({ item, children }: { item: CoveredItem; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const kind = t(`thread.itemKinds.${item.kind}`);
  const measure =
    item.targetValue || item.currentValue
      ? t('strategy.item.measure', { target: item.targetValue ?? '–', current: item.currentValue ?? '–' })
      : null;
  const period =
    item.periodStart && item.periodEnd
      ? t('strategy.source.period', {
          start: format.date(item.periodStart),
          end: format.date(item.periodEnd),
        })
      : null;
  return (
    <li
      className="coverage-item"
      data-item={item.id}
      data-covered={item.covered}
      data-goal-without={item.goalWithout}
    >
      <div className="coverage-item__body">
        <div className="coverage-item__head">
          <span className="coverage-item__title">
            {kindWorthSaying(kind, item.ref) ? <span className="coverage-item__kind">{kind}</span> : null}
            {item.ref ? <strong className="coverage-item__ref">{item.ref}</strong> : null}
            <span>{item.title}</span>
          </span>
          {item.goalWithout ? (
            <Tag data-size="sm" data-color="danger" className="coverage-item__flag">
              <span aria-hidden="true" className="coverage-mark coverage-mark--small">
                !
              </span>
              {t('strategy.item.goalWithout')}
            </Tag>
          ) : null}
          {item.ended ? (
            <Tag data-size="sm" data-color="neutral" variant="outline">
              {t('strategy.item.ended')}
            </Tag>
          ) : null}
        </div>
        {measure || period ? (
          <Paragraph data-size="xs" className="subtle">
            {[measure, period].filter(Boolean).join(' · ')}
          </Paragraph>
        ) : null}
        <Serving item={item} />
      </div>
      {children}
    </li>
  );
}

function Serving({ item }: { item: CoveredItem }) {
  const { t } = useTranslation();
  if (item.initiatives.length > 0) {
    return (
      <ul
        className="coverage-initiatives"
        aria-label={t('strategy.item.serving', { item: item.ref ?? item.title })}
      >
        {item.initiatives.map((initiative) => (
          <InitiativeLink key={initiative.id} initiative={initiative} />
        ))}
      </ul>
    );
  }
  return (
    <Paragraph data-size="sm" className={item.covered ? 'subtle' : 'coverage-item__none'}>
      {item.covered ? t('strategy.item.coveredBelow') : t('strategy.item.none')}
    </Paragraph>
  );
}

function InitiativeLink({ initiative }: { initiative: InitiativeLine }) {
  const paths = useAppPaths();
  const phaseName = usePhaseName();
  return (
    <li className="coverage-initiative" data-initiative={initiative.key}>
      <AppLink to={paths.initiative(initiative.key)}>{`${initiative.key} ${initiative.title}`}</AppLink>
      <span className="coverage-initiative__tags">
        <Tag data-size="sm" data-color="neutral">
          {phaseName(initiative.phase)}
        </Tag>
        <HealthTag health={initiative.health} />
        <StatusTag status={initiative.status} />
      </span>
    </li>
  );
}
