import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { GithubSettings } from '../../../contracts/github-sync';
import { useFormat } from '../../i18n/format';
import { FieldList } from '../../ui/field-list';
import { AdminSection } from '../admin/admin-section';
import { ConnectionCheck } from './connection-check';
import { GithubSettingsForm } from './github-settings-form';

/**
 * What the organisation reads from GitHub. Administrators change it in a form and may check that
 * the server reaches each source; others see it as it is.
 */
export function SourcesSection({ settings, canEdit }: { settings: GithubSettings | null; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <AdminSection
      title={t('githubSync.sources.heading')}
      intro={canEdit ? t('githubSync.sources.introEdit') : t('githubSync.sources.intro')}
      className="github-sources"
    >
      {canEdit ? (
        <>
          <GithubSettingsForm settings={settings} />
          <ConnectionCheck />
        </>
      ) : (
        <SourcesList settings={settings} />
      )}
    </AdminSection>
  );
}

function SourcesList({ settings }: { settings: GithubSettings | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!settings) return <Paragraph>{t('githubSync.sources.none')}</Paragraph>;
  const { portfolio, roadmap } = settings;
  const board = (project: number | null) =>
    project === null ? null : t('githubSync.sources.board', { number: String(project) });
  return (
    <FieldList
      items={[
        {
          label: t('githubSync.sources.portfolioRepo'),
          value: portfolio ? <code>{`${portfolio.owner}/${portfolio.repo}`}</code> : null,
        },
        {
          label: t('githubSync.sources.portfolioBoard'),
          value:
            portfolio && portfolio.project !== null
              ? t('githubSync.sources.boardWithField', {
                  number: String(portfolio.project),
                  field: portfolio.phaseField,
                })
              : null,
        },
        {
          label: t('githubSync.sources.roadmapRepo'),
          value: roadmap ? <code>{`${roadmap.owner}/${roadmap.repo}`}</code> : null,
        },
        { label: t('githubSync.sources.roadmapBoard'), value: board(roadmap?.project ?? null) },
        {
          label: t('githubSync.sources.writeBack'),
          value: roadmap?.writeBack ? t('githubSync.sources.on') : t('githubSync.sources.off'),
        },
        { label: t('githubSync.sources.epicLabels'), value: format.list(settings.epicLabels) },
      ]}
    />
  );
}
