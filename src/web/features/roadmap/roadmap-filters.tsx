import { Button, Field, Input, Label, Select } from '@digdir/designsystemet-react';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchText } from '../../ui/use-search-text';
import { ELEMENT_STATUSES } from '../../../contracts/roadmap';
import type { Catalog } from './roadmap-model';
import type { RoadmapSearch } from './roadmap-search';

interface Props {
  search: RoadmapSearch;
  catalog: Catalog;
  labels: readonly string[];
  onChange: (patch: Partial<RoadmapSearch>, options?: { replace?: boolean }) => void;
}

const NO_FILTERS: Record<keyof RoadmapSearch, undefined> = {
  group: undefined,
  product: undefined,
  status: undefined,
  label: undefined,
  q: undefined,
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

/** Product group, product, status, label and text; every change lands in the URL. */
export function RoadmapFilters({ search, catalog, labels, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const text = useSearchText(search.q, (q) => onChange({ q }, { replace: true }));
  const groups = [...catalog.groups].sort(byName);
  const groupId = groups.find((group) => group.slug === search.group)?.id;
  // With a group chosen, only its products; otherwise every product.
  const products = catalog.products
    .filter((product) => !groupId || product.productGroupId === groupId)
    .sort(byName);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    text.settle();
    onChange({ q: text.value.trim() || undefined });
  };
  const selectGroup = (slug: string) => {
    const group = catalog.groups.find((g) => g.slug === slug);
    const product = catalog.products.find((p) => p.slug === search.product);
    // A product of another group would leave nothing to show.
    const keepProduct = !group || product?.productGroupId === group.id;
    onChange({ group: slug || undefined, product: keepProduct ? search.product : undefined });
  };

  return (
    <form className="filters" role="search" aria-label={t('roadmap.filters.heading')} onSubmit={submit}>
      <Field className="filters__field">
        <Label htmlFor={`${id}-group`}>{t('roadmap.filters.group')}</Label>
        <Select id={`${id}-group`} value={search.group ?? ''} onChange={(e) => selectGroup(e.target.value)}>
          <option value="">{t('roadmap.filters.all')}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.slug}>
              {group.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="filters__field">
        <Label htmlFor={`${id}-product`}>{t('roadmap.filters.product')}</Label>
        <Select
          id={`${id}-product`}
          value={search.product ?? ''}
          onChange={(e) => onChange({ product: e.target.value || undefined })}
        >
          <option value="">{t('roadmap.filters.all')}</option>
          {products.map((product) => (
            <option key={product.id} value={product.slug}>
              {product.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="filters__field">
        <Label htmlFor={`${id}-status`}>{t('roadmap.filters.status')}</Label>
        <Select
          id={`${id}-status`}
          value={search.status ?? ''}
          onChange={(e) => onChange({ status: ELEMENT_STATUSES.find((status) => status === e.target.value) })}
        >
          <option value="">{t('roadmap.filters.all')}</option>
          {ELEMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`thread.elementStatus.${status}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="filters__field">
        <Label htmlFor={`${id}-label`}>{t('roadmap.filters.label')}</Label>
        <Select
          id={`${id}-label`}
          value={search.label ?? ''}
          onChange={(e) => onChange({ label: e.target.value || undefined })}
        >
          <option value="">{t('roadmap.filters.all')}</option>
          {labels.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="filters__field filters__field--search">
        <Label htmlFor={`${id}-q`}>{t('roadmap.filters.search')}</Label>
        <Input id={`${id}-q`} type="search" value={text.value} onChange={(e) => text.set(e.target.value)} />
      </Field>
      <div className="filters__actions">
        <Button type="submit" variant="primary" data-size="sm">
          {t('roadmap.filters.searchButton')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          onClick={() => {
            text.reset();
            onChange(NO_FILTERS);
          }}
        >
          {t('roadmap.filters.clear')}
        </Button>
      </div>
    </form>
  );
}
