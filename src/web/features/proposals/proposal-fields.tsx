import {
  Field,
  FieldDescription,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './field-focus';
import type { ProposalDraft } from './proposal-draft';

/** What every part of the form gets: the draft, and a way to change it. */
export interface SectionProps {
  draft: ProposalDraft;
  /** `rows` when lines are added or removed: the errors of those lines no longer fit their places. */
  change: (patch: Partial<ProposalDraft>, options?: { rows?: boolean }) => void;
}

/**
 * How a list of lines (OKRs, resource lines …) reports a change; `rows` as in SectionProps. Taken
 * by the line components so the proposal form and the initiative's edit form both use them.
 */
export type LinesChange<T> = (next: T[], options?: { rows?: boolean }) => void;

/** The message to show under a field, by its path; provided by the form. */
export const FieldErrorContext = createContext<(path: string) => string | undefined>(() => undefined);

export const useFieldError = (path: string) => useContext(FieldErrorContext)(path);

/** A label with "required" after it, in words, not a colour or an asterisk only. */
export function RequiredLabel({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {children} <span className="proposal__required">({t('proposal.required')})</span>
    </>
  );
}

interface TextProps {
  path: string;
  label: ReactNode;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  required?: boolean;
  /** 'decimal' for numbers typed Norwegian style ("2,5"). */
  inputMode?: 'decimal' | 'numeric';
  className?: string;
}

/** A text field of the proposal: its id and error come from its path in CreateInitiative. */
export function TextField({
  path,
  label,
  description,
  value,
  onChange,
  multiline,
  required,
  inputMode,
  className,
}: TextProps) {
  const error = useFieldError(path);
  const shared = {
    id: fieldId(path),
    label: required ? <RequiredLabel>{label}</RequiredLabel> : label,
    description,
    error,
    value,
    required,
    className,
    'data-path': path,
  };
  return multiline ? (
    <Textfield {...shared} multiline rows={4} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <Textfield
      {...shared}
      inputMode={inputMode}
      autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

interface SelectProps {
  path: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  /** The first choice, with the empty value ("Not chosen"). */
  emptyLabel: string;
  options: readonly { id: string; label: string }[];
  className?: string;
}

/** A single choice from a list loaded from the API (a person, a product group …). */
export function SelectField({
  path,
  label,
  description,
  value,
  onChange,
  emptyLabel,
  options,
  className,
}: SelectProps) {
  const error = useFieldError(path);
  const id = fieldId(path);
  return (
    <Field className={className}>
      <Label htmlFor={id}>{label}</Label>
      {description ? <FieldDescription>{description}</FieldDescription> : null}
      <Select
        id={id}
        data-path={path}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <Select.Option value="">{emptyLabel}</Select.Option>
        {value && !options.some((option) => option.id === value) ? (
          <Select.Option value={value}>{value.slice(0, 8)}</Select.Option>
        ) : null}
        {options.map((option) => (
          <Select.Option key={option.id} value={option.id}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
