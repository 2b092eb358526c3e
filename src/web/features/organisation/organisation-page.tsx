import { Heading, Paragraph, Tabs, TabsList, TabsPanel, TabsTab } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useOrganisation, type OrganisationData } from './organisation-queries';
import { ORGANISATION_TAB_KEYS, ORGANISATION_TABS, type OrganisationTab } from './organisation-tabs';
import { PeopleOverview } from './people-overview';
import { ProductGroupsOverview } from './product-groups-overview';
import { TeamsOverview } from './teams-overview';
import { WorkingGroupsOverview } from './working-groups-overview';

type Tab = OrganisationTab;
const TAB_KEYS = ORGANISATION_TAB_KEYS;
const tabOf = (param: string | null): Tab =>
  TAB_KEYS.find((tab) => ORGANISATION_TABS[tab] === param) ?? 'productGroups';

function useTab() {
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('vis'));
  const select = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'productGroups') updated.delete('vis');
        else updated.set('vis', ORGANISATION_TABS[next as Tab]);
        return updated;
      },
      { replace: true },
    );
  return [tab, select] as const;
}

const countOf = (data: OrganisationData, tab: Tab): number => data[tab].length;

/** Product groups, teams, working groups and people, one tab each (kept in the URL); every entity links to its page. */
export function OrganisationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisation.title'));
  const organisation = useOrganisation();
  const [tab, selectTab] = useTab();
  const data = organisation.data;
  return (
    <div className="page organisation-page">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('organisation.title')}
        </Heading>
        <Paragraph>{t('organisation.intro')}</Paragraph>
      </div>
      {organisation.error ? (
        <LoadError error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <Tabs value={tab} onChange={selectTab} data-size="sm" className="organisation-tabs">
          <TabsList aria-label={t('organisation.tabs.label')}>
            {TAB_KEYS.map((value) => (
              <TabsTab key={value} value={value}>
                {t(`organisation.tabs.${value}`, { count: countOf(data, value) })}
              </TabsTab>
            ))}
          </TabsList>
          <TabsPanel value="productGroups">
            {tab === 'productGroups' ? <ProductGroupsOverview data={data} /> : null}
          </TabsPanel>
          <TabsPanel value="teams">{tab === 'teams' ? <TeamsOverview data={data} /> : null}</TabsPanel>
          <TabsPanel value="workingGroups">
            {tab === 'workingGroups' ? <WorkingGroupsOverview data={data} /> : null}
          </TabsPanel>
          <TabsPanel value="people">{tab === 'people' ? <PeopleOverview data={data} /> : null}</TabsPanel>
        </Tabs>
      )}
    </div>
  );
}
