import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CheckItem, CheckResult } from '../../../contracts/checks';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { ItemRef } from '../../ui/item-ref';

/** A check with findings shows this many at first. */
export const ITEMS_SHOWN = 10;

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'info' } as const;

/** One check that found something: what it means, how to fix it, and what it found. */
export function CheckCard({ check }: { check: CheckResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const listId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? check.items : check.items.slice(0, ITEMS_SHOWN);
  return (
    <article
      className="check"
      aria-labelledby={headingId}
      data-check={check.id}
      data-severity={check.severity}
    >
      <div className="check__header">
        <Heading level={3} data-size="xs" id={headingId}>
          {format.localised(check.title)}
        </Heading>
        <Tag data-size="sm" data-color={SEVERITY_COLOR[check.severity]}>
          {t('checks.findings', { count: check.items.length })}
        </Tag>
      </div>
      <Paragraph className="check__fix">
        <strong>{t('checks.howToFix')}</strong> {format.localised(check.howToFix)}
      </Paragraph>
      <ul className="check__items" id={listId}>
        {shown.map((item) => (
          <li key={`${item.type}-${item.id}`} data-type={item.type}>
            <CheckItemLine item={item} />
          </li>
        ))}
      </ul>
      {check.items.length > ITEMS_SHOWN ? (
        <Button
          variant="tertiary"
          data-size="sm"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll(!all)}
          className="check__more"
        >
          {all ? t('checks.showFewer') : t('checks.showAll', { count: check.items.length })}
        </Button>
      ) : null}
    </article>
  );
}

/** A finding: initiatives link to their page, GitHub items to GitHub; the detail says what is wrong. */
function CheckItemLine({ item }: { item: CheckItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  return (
    <>
      <span className="check__type subtle">{t(`thread.types.${item.type}`)}</span>{' '}
      {item.type === 'initiative' ? (
        <Link asChild>
          <RouterLink to={paths.initiative(item.ref ?? item.id)}>
            {[item.ref, item.title].filter(Boolean).join(' ')}
          </RouterLink>
        </Link>
      ) : (
        <>
          <ItemRef value={item.ref} /> <span>{item.title}</span>
        </>
      )}
      {item.detail ? <span className="check__detail subtle">{format.localised(item.detail)}</span> : null}
    </>
  );
}
