import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { fieldId, focusSoon } from './field-focus';
import type { OkrDraft } from './proposal-draft';
import { TextField, type LinesChange } from './proposal-fields';

/** The schema's bounds on OKRs (initiatives.ts): at most this many objectives, and key results each. */
const MAX_OBJECTIVES = 10;
const MAX_KEY_RESULTS = 10;

/** Objectives, each with its key results and their targets; lines are added and removed by buttons. */
export function OkrFields({
  okrs,
  onChange,
}: {
  okrs: readonly OkrDraft[];
  onChange: LinesChange<OkrDraft>;
}) {
  const { t } = useTranslation();
  const setOkrs = (next: OkrDraft[], rows = false) => onChange(next, { rows });
  const setOkr = (index: number, okr: OkrDraft, rows = false) =>
    setOkrs(
      okrs.map((current, i) => (i === index ? okr : current)),
      rows,
    );

  const addObjective = () => {
    setOkrs([...okrs, { objective: '', keyResults: [{ title: '', target: '' }] }], true);
    focusSoon(fieldId(`okrs.${okrs.length}.objective`));
  };
  const removeObjective = (index: number) => {
    setOkrs(
      okrs.filter((_, i) => i !== index),
      true,
    );
    focusSoon(fieldId('okrs.add'));
  };
  const addKeyResult = (index: number, okr: OkrDraft) => {
    setOkr(index, { ...okr, keyResults: [...okr.keyResults, { title: '', target: '' }] }, true);
    focusSoon(fieldId(`okrs.${index}.keyResults.${okr.keyResults.length}.title`));
  };
  const removeKeyResult = (index: number, okr: OkrDraft, krIndex: number) => {
    setOkr(index, { ...okr, keyResults: okr.keyResults.filter((_, i) => i !== krIndex) }, true);
    focusSoon(fieldId(`okrs.${index}.addKeyResult`));
  };

  return (
    <Fieldset id={fieldId('okrs')} className="proposal-okrs">
      <Fieldset.Legend>{t('proposal.fields.okrs')}</Fieldset.Legend>
      <Fieldset.Description>{t('proposal.fields.okrsDescription')}</Fieldset.Description>
      {okrs.map((okr, index) => {
        const n = String(index + 1);
        return (
          <Fieldset key={index} className="proposal-okr">
            <Fieldset.Legend>{t('proposal.okr.objective', { n })}</Fieldset.Legend>
            <TextField
              path={`okrs.${index}.objective`}
              label={t('proposal.okr.objectiveText')}
              value={okr.objective}
              onChange={(objective) => setOkr(index, { ...okr, objective })}
            />
            {okr.keyResults.length === 0 ? (
              <Paragraph data-size="sm">{t('proposal.okr.noKeyResults')}</Paragraph>
            ) : null}
            {okr.keyResults.map((keyResult, krIndex) => {
              const m = String(krIndex + 1);
              const setKeyResult = (patch: Partial<typeof keyResult>) =>
                setOkr(index, {
                  ...okr,
                  keyResults: okr.keyResults.map((kr, i) => (i === krIndex ? { ...kr, ...patch } : kr)),
                });
              return (
                <div key={krIndex} className="proposal-line proposal-line--key-result">
                  <TextField
                    path={`okrs.${index}.keyResults.${krIndex}.title`}
                    label={t('proposal.okr.keyResult', { m })}
                    value={keyResult.title}
                    onChange={(title) => setKeyResult({ title })}
                    className="proposal-line__wide"
                  />
                  <TextField
                    path={`okrs.${index}.keyResults.${krIndex}.target`}
                    label={t('proposal.okr.target')}
                    value={keyResult.target}
                    onChange={(target) => setKeyResult({ target })}
                  />
                  <div className="proposal-line__remove">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      onClick={() => removeKeyResult(index, okr, krIndex)}
                    >
                      {t('proposal.okr.removeKeyResult', { n, m })}
                    </Button>
                  </div>
                </div>
              );
            })}
            <div className="proposal-line__actions">
              <Button
                id={fieldId(`okrs.${index}.addKeyResult`)}
                variant="secondary"
                data-size="sm"
                disabled={okr.keyResults.length >= MAX_KEY_RESULTS}
                onClick={() => addKeyResult(index, okr)}
              >
                {t('proposal.okr.addKeyResult')}
                <span className="ds-sr-only">{` (${t('proposal.okr.objective', { n })})`}</span>
              </Button>
              <Button variant="tertiary" data-size="sm" onClick={() => removeObjective(index)}>
                {t('proposal.okr.remove', { n })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div>
        <Button
          id={fieldId('okrs.add')}
          variant="secondary"
          data-size="sm"
          disabled={okrs.length >= MAX_OBJECTIVES}
          onClick={addObjective}
        >
          {t('proposal.okr.add')}
        </Button>
      </div>
    </Fieldset>
  );
}
