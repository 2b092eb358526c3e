import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat, type Formatters } from '../i18n/format';

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * Progress 0–1 as a bar and a percentage in words; null says "not measured". The bar only repeats
 * the text, so it is hidden from screen readers. A label, when given, is read before the number
 * (and shown when `showLabel`).
 */
export function ProgressBar(props: { value: number | null; label?: string; showLabel?: boolean }) {
  return progressBar(useTranslation().t, useFormat(), props);
}

/** The same bar as a function of the translation and formats, for long lists (the board's cards). */
export function progressBar(
  t: TFunction,
  format: Formatters,
  { value, label, showLabel = false }: { value: number | null; label?: string; showLabel?: boolean },
): ReactNode {
  return (
    <span className="progress" data-measured={value !== null}>
      {label ? <span className={showLabel ? 'progress__label' : 'ds-sr-only'}>{label}:</span> : null}
      <span className="progress__track" aria-hidden="true">
        {value === null ? null : (
          <span className="progress__fill" style={{ inlineSize: `${clamp(value) * 100}%` }} />
        )}
      </span>
      <span className="progress__value">
        {value === null ? t('progress.notMeasured') : format.percent(clamp(value))}
      </span>
    </span>
  );
}
