import { Alert, Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../client';
import type { InitiativeDetail } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';

/** The checklist criteria of the current phase, ticked off by a person; other phases' ticks are kept. */
export function CriteriaChecks({
  initiative,
  phases,
  checked,
  onChange,
}: {
  initiative: InitiativeDetail;
  phases: PhaseDefinition[];
  checked: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const phase = phases.find((p) => p.id === initiative.phase);
  const criteria = (phase?.exitCriteria ?? []).filter((criterion) => criterion.kind === 'checklist');
  if (!phase || criteria.length === 0) return null;
  const toggle = (criterionId: string, on: boolean) =>
    onChange(on ? [...checked, criterionId].sort() : checked.filter((c) => c !== criterionId));
  return (
    <Fieldset>
      <Fieldset.Legend>{t('edit.criteria', { phase: format.localised(phase.name) })}</Fieldset.Legend>
      <Fieldset.Description>{t('edit.criteriaDescription')}</Fieldset.Description>
      {criteria.map((criterion) => (
        <Checkbox
          key={criterion.id}
          value={criterion.id}
          label={format.localised(criterion.label)}
          checked={checked.includes(criterion.id)}
          onChange={(e) => toggle(criterion.id, e.target.checked)}
        />
      ))}
    </Fieldset>
  );
}

/** What the server refused, other than a conflict, with its own words and code. */
export function SaveProblem({ error }: { error: Error }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error : undefined;
  const code = problem?.code ?? '';
  const issues = problem?.problem.issues ?? [];
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>
        {code === 'forbidden'
          ? t('edit.problem.forbidden')
          : code === 'validation-failed'
            ? t('edit.problem.validation-failed')
            : t('edit.problem.other')}
      </Paragraph>
      {issues.length > 0 ? (
        <ul className="plain-list">
          {issues.map((issue) => (
            <li key={`${issue.path}-${issue.message}`}>
              {[issue.path, issue.message].filter(Boolean).join(': ')}
            </li>
          ))}
        </ul>
      ) : null}
      <Paragraph data-size="sm">
        {problem
          ? t('edit.problem.serverSaid', { detail: problem.problem.detail ?? problem.problem.title, code })
          : error.message}
      </Paragraph>
      <Paragraph data-size="sm">{t('edit.problem.kept')}</Paragraph>
    </Alert>
  );
}
