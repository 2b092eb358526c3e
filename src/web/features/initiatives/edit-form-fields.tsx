import {
  Field,
  FieldDescription,
  Input,
  Label,
  Select,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { EditError, EditField, TextEditField } from './edit-fields';

/** What every field of the edit form gets: its id, its typed value, its error, and where a change goes. */
export interface FieldProps {
  field: TextEditField;
  idPrefix: string;
  value: string;
  error?: EditError;
  /** The longest text the API takes, for the "too long" message. */
  maximum?: number;
  description?: string;
  onChange: (field: EditField, value: string) => void;
}

export const fieldIdOf = (idPrefix: string, field: EditField) => `${idPrefix}-${field}`;

function ErrorMessage({ error, maximum }: { error?: EditError; maximum?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!error) return null;
  return (
    <ValidationMessage>
      {error === 'tooLong'
        ? t('edit.errors.tooLong', { max: maximum === undefined ? '' : format.number(maximum) })
        : t(`edit.errors.${error}`)}
    </ValidationMessage>
  );
}

/** A text field (one line) or a text area (several), labelled with the field's name. */
export function TextField({
  field,
  idPrefix,
  value,
  error,
  maximum,
  description,
  onChange,
  multiline = false,
  inputMode,
}: FieldProps & { multiline?: boolean; inputMode?: 'decimal' }) {
  const { t } = useTranslation();
  const id = fieldIdOf(idPrefix, field);
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'data-edit-field': field,
  } as const;
  return (
    <Field className="edit-form__field">
      <Label htmlFor={id}>{t(`fields.${field}`)}</Label>
      {description ? <FieldDescription>{description}</FieldDescription> : null}
      {multiline ? (
        <Textarea {...common} rows={5} onChange={(e) => onChange(field, e.target.value)} />
      ) : (
        <Input {...common} inputMode={inputMode} onChange={(e) => onChange(field, e.target.value)} />
      )}
      <ErrorMessage error={error} maximum={maximum} />
    </Field>
  );
}

/** One of a list, or none ("Ikke valgt"). */
export function ChoiceField({
  field,
  idPrefix,
  value,
  error,
  onChange,
  options,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const id = fieldIdOf(idPrefix, field);
  const known = value === '' || options.some((option) => option.value === value);
  return (
    <Field className="edit-form__field">
      <Label htmlFor={id}>{t(`fields.${field}`)}</Label>
      <Select
        id={id}
        value={value}
        data-edit-field={field}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(field, e.target.value)}
      >
        <option value="">{t('edit.none')}</option>
        {/* A value the list does not hold (a person no longer listed) stays chosen rather than vanish. */}
        {known ? null : <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      <ErrorMessage error={error} />
    </Field>
  );
}
