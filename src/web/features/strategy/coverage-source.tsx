import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageSource, CoveredItem } from '../../../contracts/strategy-coverage';
import { useFormat } from '../../i18n/format';
import { CoverageItemLine } from './coverage-item';

/** One strategic source: what kind, who issued it, its period, and its items as a tree. */
export function CoverageSourceSection({ source }: { source: CoverageSource }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const without = source.items.filter((item) => item.goalWithout).length;
  const period =
    source.periodStart && source.periodEnd
      ? t('strategy.source.period', {
          start: format.date(source.periodStart),
          end: format.date(source.periodEnd),
        })
      : null;
  return (
    <section
      className="coverage-source"
      aria-labelledby={headingId}
      data-source={source.id}
      data-kind={source.kind}
    >
      <div className="coverage-source__header">
        <Heading level={2} data-size="sm" id={headingId}>
          {source.title}
        </Heading>
        <div className="tags">
          <Tag data-size="sm" data-color="accent">
            {t(`thread.sourceKinds.${source.kind}`)}
          </Tag>
          {without > 0 ? (
            <Tag data-size="sm" data-color="warning" className="coverage-source__without">
              {t('strategy.goalsWithout', { count: without, formatted: format.number(without) })}
            </Tag>
          ) : null}
        </div>
        <Paragraph data-size="sm" className="subtle">
          {[source.issuer, period].filter(Boolean).join(' · ')}
          {source.url ? (
            <>
              {source.issuer || period ? ' · ' : null}
              <Link href={source.url} rel="noreferrer">
                {t('strategy.source.link')}
              </Link>
            </>
          ) : null}
        </Paragraph>
      </div>
      {source.items.length === 0 ? (
        <Paragraph className="not-set">{t('strategy.source.empty')}</Paragraph>
      ) : (
        <ItemTree items={source.items} parentId={null} />
      )}
    </section>
  );
}

/** The items under `parentId` (the roots when null), each followed by its own. */
function ItemTree({ items, parentId }: { items: CoveredItem[]; parentId: string | null }) {
  const ids = new Set(items.map((item) => item.id));
  const here = items.filter((item) =>
    parentId === null ? item.parentId === null || !ids.has(item.parentId) : item.parentId === parentId,
  );
  if (here.length === 0) return null;
  return (
    <ul className={parentId === null ? 'coverage-items' : 'coverage-items coverage-items--nested'}>
      {here.map((item) => (
        <CoverageItemLine key={item.id} item={item}>
          <ItemTree items={items} parentId={item.id} />
        </CoverageItemLine>
      ))}
    </ul>
  );
}
