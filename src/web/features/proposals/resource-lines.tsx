import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES } from '../../../contracts/initiatives';
import { fieldId, focusSoon } from './field-focus';
import type { FundingDraft, FundingSourceChoice, ResourceDraft } from './proposal-draft';
import { SelectField, TextField, type LinesChange } from './proposal-fields';

/** The schema's bounds (initiatives.ts): resource lines and funding lines per initiative. */
const MAX_RESOURCE_LINES = 20;
const MAX_FUNDING_LINES = 50;

interface LinesProps<T> {
  lines: readonly T[];
  onChange: LinesChange<T>;
}

/** A new line is for the year after the last one, or this year. */
function nextYear(lines: readonly { year: string }[]): string {
  const last = Number(lines.at(-1)?.year);
  return String(Number.isInteger(last) && last > 0 ? last + 1 : new Date().getFullYear());
}

/** Person-months per year, internal and external. */
export function ResourceLines({ lines, onChange }: LinesProps<ResourceDraft>) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<ResourceDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const add = () => {
    onChange([...lines, { year: nextYear(lines), internalPersonMonths: '', externalPersonMonths: '' }], {
      rows: true,
    });
    focusSoon(fieldId(`resources.${lines.length}.internalPersonMonths`));
  };
  const remove = (index: number) => {
    onChange(
      lines.filter((_, i) => i !== index),
      { rows: true },
    );
    focusSoon(fieldId('resources.add'));
  };
  return (
    <Fieldset id={fieldId('resources')} className="proposal-lines">
      <Fieldset.Legend>{t('proposal.fields.resources')}</Fieldset.Legend>
      <Fieldset.Description>{t('proposal.fields.resourcesDescription')}</Fieldset.Description>
      {lines.map((line, index) => (
        <Fieldset key={index} className="proposal-line proposal-line--resource">
          <Fieldset.Legend className="ds-sr-only">
            {t('proposal.lines.resource', { n: String(index + 1) })}
          </Fieldset.Legend>
          <TextField
            path={`resources.${index}.year`}
            label={t('proposal.lines.year')}
            inputMode="numeric"
            value={line.year}
            onChange={(year) => set(index, { year })}
          />
          <TextField
            path={`resources.${index}.internalPersonMonths`}
            label={t('proposal.lines.internal')}
            inputMode="decimal"
            value={line.internalPersonMonths}
            onChange={(internalPersonMonths) => set(index, { internalPersonMonths })}
          />
          <TextField
            path={`resources.${index}.externalPersonMonths`}
            label={t('proposal.lines.external')}
            inputMode="decimal"
            value={line.externalPersonMonths}
            onChange={(externalPersonMonths) => set(index, { externalPersonMonths })}
          />
          <div className="proposal-line__remove">
            <Button variant="tertiary" data-size="sm" onClick={() => remove(index)}>
              {t('proposal.lines.removeResource', { n: String(index + 1) })}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div>
        <Button
          id={fieldId('resources.add')}
          variant="secondary"
          data-size="sm"
          disabled={lines.length >= MAX_RESOURCE_LINES}
          onClick={add}
        >
          {t('proposal.lines.addResource')}
        </Button>
      </div>
    </Fieldset>
  );
}

/** Money needed per year and budget item, and where it may come from. */
export function FundingLines({ lines, onChange }: LinesProps<FundingDraft>) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<FundingDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const add = () => {
    onChange([...lines, { year: nextYear(lines), budgetItem: '', source: '', needNok: '' }], { rows: true });
    focusSoon(fieldId(`funding.${lines.length}.budgetItem`));
  };
  const remove = (index: number) => {
    onChange(
      lines.filter((_, i) => i !== index),
      { rows: true },
    );
    focusSoon(fieldId('funding.add'));
  };
  const sources = FUNDING_SOURCES.map((source) => ({
    id: source,
    label: t(`values.fundingSource.${source}`),
  }));
  return (
    <Fieldset id={fieldId('funding')} className="proposal-lines">
      <Fieldset.Legend>{t('proposal.fields.funding')}</Fieldset.Legend>
      <Fieldset.Description>{t('proposal.fields.fundingDescription')}</Fieldset.Description>
      {lines.map((line, index) => (
        <Fieldset key={index} className="proposal-line proposal-line--funding">
          <Fieldset.Legend className="ds-sr-only">
            {t('proposal.lines.fundingLine', { n: String(index + 1) })}
          </Fieldset.Legend>
          <TextField
            path={`funding.${index}.year`}
            label={t('proposal.lines.year')}
            inputMode="numeric"
            value={line.year}
            onChange={(year) => set(index, { year })}
          />
          <TextField
            path={`funding.${index}.budgetItem`}
            label={t('proposal.lines.budgetItem')}
            className="proposal-line__wide"
            value={line.budgetItem}
            onChange={(budgetItem) => set(index, { budgetItem })}
          />
          <SelectField
            path={`funding.${index}.source`}
            label={t('proposal.lines.source')}
            emptyLabel={t('proposal.fields.choose')}
            options={sources}
            value={line.source}
            onChange={(source) => set(index, { source: source as FundingSourceChoice })}
          />
          <TextField
            path={`funding.${index}.needNok`}
            label={t('proposal.lines.need')}
            inputMode="decimal"
            value={line.needNok}
            onChange={(needNok) => set(index, { needNok })}
          />
          <div className="proposal-line__remove">
            <Button variant="tertiary" data-size="sm" onClick={() => remove(index)}>
              {t('proposal.lines.removeFunding', { n: String(index + 1) })}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div>
        <Button
          id={fieldId('funding.add')}
          variant="secondary"
          data-size="sm"
          disabled={lines.length >= MAX_FUNDING_LINES}
          onClick={add}
        >
          {t('proposal.lines.addFunding')}
        </Button>
      </div>
    </Fieldset>
  );
}
