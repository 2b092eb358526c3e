import { Heading, Link } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Allocation, InitiativeDetail } from '../../../contracts/initiatives';
import { useAppPaths } from '../../api/client-context';
import { useInitiativesById, useStrategicItems } from '../../api/queries';
import { useHiddenFields } from '../../api/session';
import { useFormat } from '../../i18n/format';
import { FieldList } from '../../ui/field-list';
import { internalOr } from '../../ui/internal-note';
import { markdownValue } from '../../ui/markdown';
import { useNames } from './use-names';

/** A titled part of the initiative page. */
export function PageSection({
  title,
  children,
  className,
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ? `page-section ${className}` : 'page-section'}>
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Where the initiative stands and who holds it. */
export function InitiativeSummaryFields({
  initiative,
  phaseName,
}: {
  initiative: InitiativeDetail;
  phaseName: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useNames();
  return (
    <PageSection title={t('initiative.summary')}>
      <FieldList
        items={[
          { label: t('fields.phase'), value: phaseName },
          { label: t('fields.phaseChangedAt'), value: format.date(initiative.phaseChangedAt) },
          { label: t('fields.status'), value: t(`values.status.${initiative.status}`) },
          {
            label: t('fields.priority'),
            value: initiative.priority && t(`values.priority.${initiative.priority}`),
          },
          { label: t('fields.health'), value: initiative.health && t(`values.health.${initiative.health}`) },
          { label: t('fields.ownerId'), value: nameOf(initiative.ownerId) },
          { label: t('fields.responsibleId'), value: nameOf(initiative.responsibleId) },
          { label: t('fields.submitterId'), value: nameOf(initiative.submitterId) },
          {
            label: t('fields.allocation'),
            value: initiative.allocation && <AllocationText allocation={initiative.allocation} />,
          },
        ]}
      />
    </PageSection>
  );
}

/** The portfolio template's texts, the risk and the strategy behind the initiative. */
export function InitiativeOverview({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useTranslation();
  const hidden = useHiddenFields(initiative.withheld);
  return (
    <>
      <PageSection title={t('initiative.rationale')}>
        <FieldList
          items={[
            {
              label: t('fields.problemStatement'),
              value: markdownValue(initiative.problemStatement),
              long: true,
            },
            { label: t('fields.description'), value: markdownValue(initiative.description), long: true },
            { label: t('fields.riskIfNotDone'), value: markdownValue(initiative.riskIfNotDone), long: true },
            { label: t('fields.collaboration'), value: markdownValue(initiative.collaboration), long: true },
          ]}
        />
      </PageSection>
      <PageSection title={t('initiative.riskHeading')}>
        <FieldList
          items={[
            {
              label: t('fields.riskLevel'),
              value: internalOr(
                initiative.riskLevel && t(`values.riskLevel.${initiative.riskLevel}`),
                hidden.has('risk'),
              ),
            },
            {
              label: t('fields.riskText'),
              value: internalOr(markdownValue(initiative.riskText), hidden.has('risk')),
              long: true,
            },
          ]}
        />
      </PageSection>
      <PageSection title={t('initiative.strategyHeading')}>
        <FieldList
          items={[
            {
              label: t('fields.strategicItemIds'),
              value: initiative.strategicItemIds.length > 0 && (
                <StrategicItems ids={initiative.strategicItemIds} />
              ),
              long: true,
            },
            {
              label: t('fields.dependsOnIds'),
              value: initiative.dependsOnIds.length > 0 && <Dependencies ids={initiative.dependsOnIds} />,
              long: true,
            },
            { label: t('fields.budgetProposalYears'), value: initiative.budgetProposalYears.join(', ') },
            { label: t('fields.businessPlanYears'), value: initiative.businessPlanYears.join(', ') },
            {
              label: t('fields.measurementPlan'),
              value: markdownValue(initiative.measurementPlan),
              long: true,
            },
          ]}
        />
      </PageSection>
    </>
  );
}

function AllocationText({ allocation }: { allocation: Allocation | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useNames();
  if (!allocation) return null;
  switch (allocation.kind) {
    case 'product-group':
      return t('initiative.allocation.product-group', { name: nameOf(allocation.productGroupId) ?? '' });
    case 'working-group':
      return t('initiative.allocation.working-group', { name: nameOf(allocation.workingGroupId) ?? '' });
    case 'teams': {
      const names = allocation.teamIds.map((id) => nameOf(id) ?? id);
      return t('initiative.allocation.teams', { names: format.list(names) });
    }
  }
}

function StrategicItems({ ids }: { ids: string[] }) {
  const items = useStrategicItems(ids);
  if (ids.length === 0) return null;
  return (
    <ul className="plain-list">
      {items.map((item, index) => (
        <li key={ids[index]}>
          {item.data ? [item.data.ref, item.data.title].filter(Boolean).join(' ') : ids[index]?.slice(0, 8)}
        </li>
      ))}
    </ul>
  );
}

function Dependencies({ ids }: { ids: string[] }) {
  const paths = useAppPaths();
  const others = useInitiativesById(ids);
  if (ids.length === 0) return null;
  return (
    <ul className="plain-list">
      {others.map((other, index) => {
        const id = ids[index] ?? '';
        return (
          <li key={id}>
            {other.data ? (
              <Link asChild>
                <RouterLink to={paths.initiative(other.data.key)}>
                  {other.data.key}: {other.data.title}
                </RouterLink>
              </Link>
            ) : (
              id.slice(0, 8)
            )}
          </li>
        );
      })}
    </ul>
  );
}
