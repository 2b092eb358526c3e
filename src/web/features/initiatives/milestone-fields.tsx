import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { fieldId, focusSoon } from '../proposals/field-focus';
import { TextField, useFieldError, type LinesChange } from '../proposals/proposal-fields';
import type { MilestoneDraft } from './edit-structured';

/** The schema's bound (initiatives.ts): milestones per initiative. */
const MAX_MILESTONES = 50;

interface Props {
  lines: readonly MilestoneDraft[];
  onChange: LinesChange<MilestoneDraft>;
}

/** Milestones kept simple: a title, a due date if there is one, and whether it is reached. */
export function MilestoneFields({ lines, onChange }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<MilestoneDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const add = () => {
    onChange([...lines, { title: '', due: '', done: false }], { rows: true });
    focusSoon(fieldId(`milestones.${lines.length}.title`));
  };
  const remove = (index: number) => {
    onChange(
      lines.filter((_, i) => i !== index),
      { rows: true },
    );
    focusSoon(fieldId('milestones.add'));
  };
  return (
    <Fieldset id={fieldId('milestones')} className="proposal-lines">
      <Fieldset.Legend>{t('fields.milestones')}</Fieldset.Legend>
      <Fieldset.Description>{t('edit.milestones.description')}</Fieldset.Description>
      {lines.map((line, index) => {
        const n = String(index + 1);
        return (
          <Fieldset key={index} className="proposal-line edit-milestone">
            <Fieldset.Legend className="ds-sr-only">{t('edit.milestones.line', { n })}</Fieldset.Legend>
            <TextField
              path={`milestones.${index}.title`}
              label={t('edit.milestones.title')}
              className="proposal-line__wide"
              value={line.title}
              onChange={(title) => set(index, { title })}
            />
            <DueField index={index} value={line.due} onChange={(due) => set(index, { due })} />
            <Checkbox
              data-size="sm"
              className="edit-milestone__done"
              label={t('edit.milestones.done')}
              checked={line.done}
              onChange={(e) => set(index, { done: e.target.checked })}
            />
            <div className="proposal-line__remove">
              <Button variant="tertiary" data-size="sm" onClick={() => remove(index)}>
                {t('edit.milestones.remove', { n })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div>
        <Button
          id={fieldId('milestones.add')}
          variant="secondary"
          data-size="sm"
          disabled={lines.length >= MAX_MILESTONES}
          onClick={add}
        >
          {t('edit.milestones.add')}
        </Button>
      </div>
    </Fieldset>
  );
}

/** The due date, picked in the browser's own date field (its value is yyyy-mm-dd, as the API takes). */
function DueField({
  index,
  value,
  onChange,
}: {
  index: number;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const path = `milestones.${index}.due`;
  const error = useFieldError(path);
  return (
    <Textfield
      id={fieldId(path)}
      data-path={path}
      type="date"
      label={t('edit.milestones.due')}
      error={error}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
