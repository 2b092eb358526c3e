import { Input } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAppPaths } from '../../api/client-context';
import { hitsOf, useDebouncedValue, useSearch, type Hit } from './search-queries';
import { useSlashShortcut } from './use-slash-shortcut';

/** Suggestions per kind while typing; the search page shows more. */
const SUGGESTIONS_PER_KIND = 4;
const DEBOUNCE_MS = 200;

/**
 * The search field in the header of every page: suggestions while typing (an ARIA combobox with a
 * listbox), Enter on a suggestion opens it, Enter otherwise opens the search page; "/" focuses it.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const paths = useAppPaths();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useSlashShortcut(field);

  const q = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const search = useSearch(q, SUGGESTIONS_PER_KIND, open);
  // While the next answer is on its way the last one stays: the list does not flicker per key. Enter
  // without choosing a suggestion searches for what is typed, so a stale line is never taken by mistake.
  const current = search.data ?? null;
  const hits = current ? hitsOf(current, paths) : [];
  // The last option always searches for the words as typed.
  const options: (Hit | null)[] = [...hits, null];
  const expanded = open && text.trim().length > 0 && current !== null;
  const optionId = (n: number) => `${id}-option-${n}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (hit: Hit | null) => {
    const words = text.trim();
    close();
    setText('');
    field.current?.blur();
    if (!hit) void navigate(paths.search(words));
    else if (hit.to) void navigate(hit.to);
    else if (hit.href) window.location.assign(hit.href);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) choose(expanded && active >= 0 ? (options[active] ?? null) : null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((n) => (options.length === 0 ? -1 : (n + step + options.length) % options.length));
    } else if (event.key === 'Escape') {
      if (expanded) close();
      else setText('');
    }
  };

  return (
    <form role="search" className="global-search" onSubmit={submit} aria-label={t('search.title')}>
      <label htmlFor={`${id}-field`} className="ds-sr-only">
        {t('search.label')}
      </label>
      <Input
        ref={field}
        id={`${id}-field`}
        type="search"
        data-size="sm"
        className="global-search__field"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        aria-describedby={`${id}-hint`}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="ds-sr-only">
        {t('search.shortcut')}
      </span>
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('search.suggestions')}
        className="global-search__list"
        hidden={!expanded}
      >
        {options.map((hit, n) => (
          <li
            key={hit ? `${hit.kind}-${hit.id}` : 'search'}
            id={optionId(n)}
            role="option"
            aria-selected={n === active}
            className="global-search__option"
            data-kind={hit?.kind ?? 'search'}
            // Keep the focus in the field, so choosing does not first close the list.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(hit)}
          >
            {hit ? (
              <>
                <span className="global-search__kind">{hit.prefix ?? t(`search.kinds.${hit.kind}`)}</span>{' '}
                <span className="global-search__label">{hit.label}</span>
              </>
            ) : (
              <span className="global-search__label">{t('search.searchFor', { q: text.trim() })}</span>
            )}
          </li>
        ))}
      </ul>
      <span role="status" className="ds-sr-only">
        {expanded
          ? hits.length > 0
            ? t('search.suggestionCount', { count: hits.length })
            : t('search.noSuggestions')
          : ''}
      </span>
    </form>
  );
}
