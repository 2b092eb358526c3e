import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { EditField, FormValue, TheirChange } from './edit-fields';

/** A refused save (412) and what the other person changed, as the merge left it. */
export interface Conflict {
  changes: TheirChange[];
  /** Who saved the newer version, and when. */
  by: string;
  at: string;
  /** For fields both changed: whether the form now holds their value or the person's own. */
  using: Partial<Record<EditField, 'theirs' | 'mine'>>;
}

interface Props {
  conflict: Conflict;
  headingRef: RefObject<HTMLHeadingElement | null>;
  display: (field: EditField, value: FormValue) => string;
  onUse: (change: TheirChange, which: 'theirs' | 'mine') => void;
}

/**
 * Someone else saved first: who and when, and per field they changed their value next to this
 * person's. A field both changed keeps what this person typed until they choose to use the other's.
 */
export function EditConflict({ conflict, headingRef, display, onUse }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert data-color="warning" className="edit-conflict">
      <Heading level={3} data-size="xs" ref={headingRef} tabIndex={-1}>
        {t('edit.conflict.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {t('edit.conflict.who', { name: conflict.by, time: format.dateTime(conflict.at) })}
      </Paragraph>
      <Paragraph data-size="sm">{t('edit.conflict.kept')}</Paragraph>
      {conflict.changes.length === 0 ? (
        <Paragraph data-size="sm">{t('edit.conflict.none')}</Paragraph>
      ) : (
        <ul className="edit-conflict__list">
          {conflict.changes.map((change) => {
            const both = change.kind === 'conflict';
            const using = conflict.using[change.field] ?? 'mine';
            return (
              <li
                key={change.field}
                className="edit-conflict__field"
                data-edit-field={change.field}
                data-kind={change.kind}
              >
                <Heading level={4} data-size="2xs">
                  {t(`fields.${change.field}`)}
                </Heading>
                <Paragraph data-size="sm" className="edit-conflict__kind">
                  {both ? t('edit.conflict.both') : t('edit.conflict.taken')}
                </Paragraph>
                <dl className="edit-conflict__values">
                  <div className="edit-conflict__value" data-side="theirs">
                    <dt>{t('edit.conflict.theirs')}</dt>
                    <dd>{display(change.field, change.theirs)}</dd>
                  </div>
                  <div className="edit-conflict__value" data-side="mine">
                    <dt>{both ? t('edit.conflict.mine') : t('edit.conflict.before')}</dt>
                    <dd>{display(change.field, change.mine)}</dd>
                  </div>
                </dl>
                {both ? (
                  <div className="edit-conflict__choice">
                    <Button
                      data-size="sm"
                      variant={using === 'theirs' ? 'primary' : 'secondary'}
                      aria-pressed={using === 'theirs'}
                      onClick={() => onUse(change, 'theirs')}
                    >
                      {t('edit.conflict.useTheirs')}
                    </Button>
                    <Button
                      data-size="sm"
                      variant={using === 'mine' ? 'primary' : 'secondary'}
                      aria-pressed={using === 'mine'}
                      onClick={() => onUse(change, 'mine')}
                    >
                      {t('edit.conflict.useMine')}
                    </Button>
                    <Paragraph data-size="sm" role="status" className="edit-conflict__using">
                      {using === 'theirs' ? t('edit.conflict.usingTheirs') : t('edit.conflict.usingMine')}
                    </Paragraph>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Alert>
  );
}
