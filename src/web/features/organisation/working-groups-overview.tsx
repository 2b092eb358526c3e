import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingGroup } from '../../../contracts/organisation';
import { useAppPaths } from '../../api/client-context';
import type { OrganisationData } from './organisation-queries';
import { LinkList } from '../../ui/app-link';
import { useWorkingGroupPeriod } from './working-group-period';

/** Working groups are temporary: each with its mandate, its period and its members. */
export function WorkingGroupsOverview({ data }: { data: OrganisationData }) {
  const { t } = useTranslation();
  if (data.workingGroups.length === 0)
    return <Paragraph className="not-set">{t('organisation.workingGroups.empty')}</Paragraph>;
  return (
    <>
      <Paragraph data-size="sm" className="subtle">
        {t('organisation.workingGroups.intro')}
      </Paragraph>
      <ul className="org-cards">
        {data.workingGroups.map((group) => (
          <li key={group.id}>
            <WorkingGroupCard group={group} data={data} />
          </li>
        ))}
      </ul>
    </>
  );
}

function WorkingGroupCard({ group, data }: { group: WorkingGroup; data: OrganisationData }) {
  const { t } = useTranslation();
  const paths = useAppPaths();
  const headingId = useId();
  const period = useWorkingGroupPeriod(group);
  const members = data.people.filter((person) => group.memberIds.includes(person.id));
  return (
    <Card data-color="neutral" className="org-card" aria-labelledby={headingId} asChild>
      <article data-working-group={group.slug}>
        <div className="org-card__header">
          <Heading level={2} data-size="xs" id={headingId}>
            {group.name}
          </Heading>
          {period.ended ? (
            <Tag data-size="sm" data-color="neutral" variant="outline">
              {t('organisation.workingGroups.ended')}
            </Tag>
          ) : null}
        </div>
        <dl className="org-card__facts">
          <dt>{t('organisation.fields.purpose')}</dt>
          <dd>{group.purpose ?? <span className="not-set">{t('common.notSet')}</span>}</dd>
          <dt>{t('organisation.fields.period')}</dt>
          <dd>{period.text ?? <span className="not-set">{t('common.notSet')}</span>}</dd>
          <dt>{t('organisation.fields.members')}</dt>
          <dd>
            {members.length > 0 ? (
              <LinkList
                links={members.map((person) => ({
                  id: person.id,
                  to: paths.person(person.id),
                  label: person.name,
                }))}
              />
            ) : (
              <span className="not-set">{t('common.none')}</span>
            )}
          </dd>
        </dl>
      </article>
    </Card>
  );
}
