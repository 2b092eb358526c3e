import { formatGithubRef } from '../../../contracts/github-ref';
import type { Product, ProductGroup } from '../../../contracts/organisation';
import type { RoadmapElement } from '../../../contracts/roadmap';
import type { RoadmapSearch } from './roadmap-search';

/** The organisation's product groups and products, to place elements by. */
export interface Catalog {
  groups: readonly ProductGroup[];
  products: readonly Product[];
}

export interface ProductRows {
  /** null: elements that name no product (or one since removed). */
  product: Product | null;
  elements: RoadmapElement[];
}

export interface GroupRows {
  /** null: elements without a product, which belong to no group. */
  group: ProductGroup | null;
  products: ProductRows[];
}

/** An element with both dates can be drawn as a bar; the others are listed apart. */
export const isDated = (
  element: Pick<RoadmapElement, 'startOn' | 'endOn'>,
): element is RoadmapElement & { startOn: string; endOn: string } =>
  element.startOn !== null && element.endOn !== null;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

/** Earliest start first, then by title; undated elements last. */
export function byStart(a: RoadmapElement, b: RoadmapElement): number {
  if (a.startOn !== b.startOn) {
    if (a.startOn === null) return 1;
    if (b.startOn === null) return -1;
    return a.startOn.localeCompare(b.startOn);
  }
  return a.title.localeCompare(b.title, 'nb');
}

/** The text the search box looks in. */
function searchableText(element: RoadmapElement): string {
  return [
    element.title,
    element.milestone,
    element.overview,
    element.expectedResult,
    element.howItWorks,
    element.github ? formatGithubRef(element.github) : null,
    ...element.labels,
  ]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase('nb');
}

/** The elements the filters let through, in the order given. */
export function filterElements(
  elements: readonly RoadmapElement[],
  search: RoadmapSearch,
  catalog: Catalog,
): RoadmapElement[] {
  const products = new Map(catalog.products.map((product) => [product.id, product]));
  const groupSlugs = new Map(catalog.groups.map((group) => [group.id, group.slug]));
  const words = (search.q ?? '').toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  return elements.filter((element) => {
    const product = element.productId ? products.get(element.productId) : undefined;
    if (search.group && (!product || groupSlugs.get(product.productGroupId) !== search.group)) return false;
    if (search.product && product?.slug !== search.product) return false;
    if (search.status && element.status !== search.status) return false;
    if (search.label && !element.labels.includes(search.label)) return false;
    if (words.length > 0) {
      const text = searchableText(element);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/**
 * The elements by product group and product, both by name, elements by start. Elements without a
 * known product come last, in a group of their own; groups and products without elements are left out.
 */
export function groupElements(elements: readonly RoadmapElement[], catalog: Catalog): GroupRows[] {
  const products = new Map(catalog.products.map((product) => [product.id, product]));
  const byProduct = new Map<string | null, RoadmapElement[]>();
  for (const element of elements) {
    const key = element.productId && products.has(element.productId) ? element.productId : null;
    byProduct.set(key, [...(byProduct.get(key) ?? []), element]);
  }
  const rowsOf = (product: Product | null): ProductRows => ({
    product,
    elements: [...(byProduct.get(product?.id ?? null) ?? [])].sort(byStart),
  });
  const groups: GroupRows[] = [...catalog.groups].sort(byName).flatMap((group) => {
    const rows = catalog.products
      .filter((product) => product.productGroupId === group.id && byProduct.has(product.id))
      .sort(byName)
      .map(rowsOf);
    return rows.length > 0 ? [{ group, products: rows }] : [];
  });
  const known = new Set(catalog.groups.map((group) => group.id));
  // A product whose group is unknown still shows, with the elements that have no product.
  const stray = catalog.products
    .filter((product) => !known.has(product.productGroupId) && byProduct.has(product.id))
    .sort(byName)
    .map(rowsOf);
  const withoutProduct = byProduct.has(null) ? [rowsOf(null)] : [];
  if (stray.length + withoutProduct.length > 0) {
    groups.push({ group: null, products: [...stray, ...withoutProduct] });
  }
  return groups;
}

/** Every label in use, sorted, for the label filter. */
export const labelsIn = (elements: readonly RoadmapElement[]): string[] =>
  [...new Set(elements.flatMap((element) => element.labels))].sort((a, b) => a.localeCompare(b, 'nb'));
