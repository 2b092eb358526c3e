import { Alert, Button, Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../client';
import type { GithubSettings } from '../../../contracts/github-sync';
import {
  checkGithubSettings,
  draftOf,
  inFormOrder,
  serverSettingsErrors,
  type GithubSettingsDraft,
  type SettingsField,
  type SettingsFieldError,
} from './github-settings-draft';
import { useSaveGithubSettings } from './github-sync-queries';
import { SettingsErrorSummary } from './settings-error-summary';
import { settingsFieldId, useSettingsErrorText } from './use-settings-text';

type PortfolioDraft = GithubSettingsDraft['portfolio'];
type RoadmapDraft = GithubSettingsDraft['roadmap'];

/**
 * The sources as a form: the portfolio and roadmap repositories with their boards, write-back and the
 * epic labels. Checked with the server's own schema (GithubSettingsSchema) before it is sent; what is
 * wrong is listed in an error summary above the form and said under each field.
 */
export function GithubSettingsForm({ settings }: { settings: GithubSettings | null }) {
  const { t } = useTranslation();
  const save = useSaveGithubSettings();
  const errorText = useSettingsErrorText();
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [errors, setErrors] = useState<SettingsFieldError[]>([]);
  /** Counts failed attempts: a new error summary each time, which takes focus. */
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);

  const showErrors = (found: SettingsFieldError[]) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  };
  /** A changed field loses its error: it is checked again when the form is sent. */
  const change = (
    path: SettingsField | null,
    next: (current: GithubSettingsDraft) => GithubSettingsDraft,
  ) => {
    setDraft(next);
    setSaved(false);
    setErrors((current) => current.filter((error) => error.path !== path));
  };
  const setPortfolio = (path: SettingsField, patch: Partial<PortfolioDraft>) =>
    change(path, (d) => ({ ...d, portfolio: { ...d.portfolio, ...patch } }));
  const setRoadmap = (path: SettingsField | null, patch: Partial<RoadmapDraft>) =>
    change(path, (d) => ({ ...d, roadmap: { ...d.roadmap, ...patch } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const check = checkGithubSettings(draft, settings);
    if (!check.ok) return showErrors(check.errors);
    setErrors([]);
    save.mutate(check.settings, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        const found = error instanceof ApiError ? serverSettingsErrors(error.problem) : [];
        if (found.length > 0) showErrors(inFormOrder(found));
      },
    });
  };

  const errorOf = (path: SettingsField) => errorText(errors.find((error) => error.path === path));
  const fieldProps = (path: SettingsField) => ({ id: settingsFieldId(path), error: errorOf(path) });
  const unplaced =
    save.error instanceof ApiError && serverSettingsErrors(save.error.problem).length > 0 ? null : save.error;

  return (
    <>
      {errors.length > 0 ? <SettingsErrorSummary key={attempt} errors={errors} /> : null}
      <form
        className="github-settings"
        noValidate
        onSubmit={submit}
        aria-label={t('githubSync.settings.formLabel')}
      >
        <div className="github-settings__sources">
          <Fieldset>
            <Fieldset.Legend>{t('githubSync.settings.portfolio')}</Fieldset.Legend>
            <Fieldset.Description>{t('githubSync.settings.portfolioDescription')}</Fieldset.Description>
            <div className="github-settings__pair">
              <Textfield
                {...fieldProps('portfolio.owner')}
                label={t('githubSync.settings.fields.owner')}
                value={draft.portfolio.owner}
                onChange={(e) => setPortfolio('portfolio.owner', { owner: e.target.value })}
              />
              <Textfield
                {...fieldProps('portfolio.repo')}
                label={t('githubSync.settings.fields.repo')}
                value={draft.portfolio.repo}
                onChange={(e) => setPortfolio('portfolio.repo', { repo: e.target.value })}
              />
            </div>
            <Textfield
              {...fieldProps('portfolio.project')}
              size={8}
              label={t('githubSync.settings.fields.project')}
              description={t('githubSync.settings.projectDescription')}
              inputMode="numeric"
              value={draft.portfolio.project}
              onChange={(e) => setPortfolio('portfolio.project', { project: e.target.value })}
            />
            <Textfield
              {...fieldProps('portfolio.phaseField')}
              size={24}
              label={t('githubSync.settings.fields.phaseField')}
              description={t('githubSync.settings.phaseFieldDescription')}
              value={draft.portfolio.phaseField}
              onChange={(e) => setPortfolio('portfolio.phaseField', { phaseField: e.target.value })}
            />
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('githubSync.settings.roadmap')}</Fieldset.Legend>
            <Fieldset.Description>{t('githubSync.settings.roadmapDescription')}</Fieldset.Description>
            <div className="github-settings__pair">
              <Textfield
                {...fieldProps('roadmap.owner')}
                label={t('githubSync.settings.fields.owner')}
                value={draft.roadmap.owner}
                onChange={(e) => setRoadmap('roadmap.owner', { owner: e.target.value })}
              />
              <Textfield
                {...fieldProps('roadmap.repo')}
                label={t('githubSync.settings.fields.repo')}
                value={draft.roadmap.repo}
                onChange={(e) => setRoadmap('roadmap.repo', { repo: e.target.value })}
              />
            </div>
            <Textfield
              {...fieldProps('roadmap.project')}
              size={8}
              label={t('githubSync.settings.fields.project')}
              description={t('githubSync.settings.projectDescription')}
              inputMode="numeric"
              value={draft.roadmap.project}
              onChange={(e) => setRoadmap('roadmap.project', { project: e.target.value })}
            />
            <Checkbox
              label={t('githubSync.settings.fields.writeBack')}
              description={t('githubSync.settings.writeBackDescription')}
              checked={draft.roadmap.writeBack}
              onChange={(e) => setRoadmap(null, { writeBack: e.target.checked })}
            />
          </Fieldset>
        </div>
        <Textfield
          {...fieldProps('epicLabels')}
          label={t('githubSync.settings.fields.epicLabels')}
          description={t('githubSync.settings.epicLabelsDescription')}
          value={draft.epicLabels}
          onChange={(e) => change('epicLabels', (d) => ({ ...d, epicLabels: e.target.value }))}
        />
        {unplaced ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('githubSync.settings.failed')}</Paragraph>
            <Paragraph data-size="sm">{unplaced.message}</Paragraph>
          </Alert>
        ) : null}
        <div className="settings-form__actions">
          <Button type="submit" loading={save.isPending}>
            {t('githubSync.settings.save')}
          </Button>
          <p role="status" className="admin-status">
            {saved ? t('githubSync.settings.saved') : ''}
          </p>
        </div>
      </form>
    </>
  );
}
