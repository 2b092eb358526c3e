import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SEARCH_LIMIT_MAX } from '../../../contracts/search';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { SearchResults } from './search-results';
import { useSearch } from './search-queries';

/** The search page (/sok?q=…): every kind of hit, grouped, each linking to its page. */
export function SearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const search = useSearch(q, SEARCH_LIMIT_MAX);
  return (
    <div className="page search-page">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('search.title')}
        </Heading>
        <Paragraph>{t('search.intro')}</Paragraph>
      </div>
      {/* New words from the header start the form afresh. */}
      <SearchForm key={q} initial={q} onSearch={(words) => setParams(words ? { q: words } : {})} />
      {!q ? (
        <Paragraph className="subtle">{t('search.enterQuery')}</Paragraph>
      ) : search.error ? (
        <LoadError error={search.error} onRetry={() => void search.refetch()} />
      ) : !search.data || search.data.q !== q ? (
        <Loading />
      ) : (
        <SearchResults result={search.data} />
      )}
    </div>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (words: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <form role="search" className="search-page__form" onSubmit={submit}>
      <Textfield
        label={t('search.field')}
        type="search"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        maxLength={200}
        className="search-page__field"
      />
      <Button type="submit">{t('search.submit')}</Button>
    </form>
  );
}
