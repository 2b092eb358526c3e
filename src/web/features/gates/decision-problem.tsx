import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../client';
import type { GateStatus } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';

/** Problem codes with a sentence of their own; any other says the decision was not recorded. */
const EXPLAINED = [
  'gate-criteria-unmet',
  'illegal-transition',
  'rationale-required',
  'conditions-required',
  'precondition-failed',
  'forbidden',
  'validation-failed',
] as const;
type Explained = (typeof EXPLAINED)[number];
const isExplained = (code: string): code is Explained => (EXPLAINED as readonly string[]).includes(code);

/**
 * What the server answered when it refused a decision: a sentence for its problem code, the criteria it
 * found unmet (named in the reader's language where the dialog knows them), and its own words and code.
 */
export function DecisionProblem({ error, gate }: { error: Error; gate: GateStatus | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const problem = error instanceof ApiError ? error : undefined;
  const code = problem?.code ?? '';
  const labelOf = (id: string, fallback: string) => {
    const known = gate?.criteria.find((criterion) => criterion.id === id);
    return known ? format.localised(known.label) : fallback;
  };
  return (
    <Alert data-color="danger" role="alert" className="gate-dialog__problem">
      <Paragraph>
        {isExplained(code) ? t(`gateDialog.problem.${code}`) : t('gateDialog.problem.other')}
      </Paragraph>
      {problem && problem.unmetCriteria.length > 0 ? (
        <>
          <Paragraph data-size="sm">{t('gateDialog.problem.unmetList')}</Paragraph>
          <ul className="gate-dialog__unmet">
            {problem.unmetCriteria.map((criterion) => (
              <li key={criterion.id} data-criterion={criterion.id}>
                {labelOf(criterion.id, criterion.label)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Paragraph data-size="sm" className="gate-dialog__server-said">
        {problem
          ? t('gateDialog.problem.serverSaid', {
              detail: problem.problem.detail ?? problem.problem.title,
              code,
            })
          : error.message}
      </Paragraph>
      <Paragraph data-size="sm">{t('gateDialog.problem.kept')}</Paragraph>
    </Alert>
  );
}
