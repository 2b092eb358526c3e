import { describe, expect, it } from 'vitest';
import type { Product, ProductGroup } from '../../../contracts/organisation';
import type { RoadmapElement } from '../../../contracts/roadmap';
import { EMPTY_ROLLUP } from '../../../contracts/rollup';
import { byStart, filterElements, groupElements, isDated, labelsIn, type Catalog } from './roadmap-model';

const meta = (id: string) => ({
  id,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const group = (id: string, slug: string, name: string): ProductGroup => ({
  ...meta(id),
  slug,
  name,
  description: null,
  leaderId: null,
});
const product = (id: string, slug: string, name: string, productGroupId: string): Product => ({
  ...meta(id),
  slug,
  name,
  productGroupId,
  description: null,
});
const element = (id: string, fields: Partial<RoadmapElement> = {}): RoadmapElement => ({
  ...meta(id),
  title: id,
  productId: null,
  labels: [],
  status: 'backlog',
  proposedStatus: null,
  state: 'open',
  stateReason: null,
  startOn: null,
  endOn: null,
  estimatePersonWeeks: null,
  milestone: null,
  overview: null,
  expectedResult: null,
  howItWorks: null,
  github: null,
  activityAt: null,
  initiativeIds: [],
  dependsOnIds: [],
  epicIds: [],
  progress: null,
  progressOverride: null,
  health: null,
  healthOverride: null,
  rollup: EMPTY_ROLLUP,
  ...fields,
});

const catalog: Catalog = {
  groups: [group('g-t', 'tillit', 'Tillitstjenester'), group('g-d', 'datadeling', 'Datadeling')],
  products: [
    product('p-login', 'innlogging', 'Innloggingstjenesten', 'g-t'),
    product('p-access', 'maskintilgang', 'Maskintilgang', 'g-t'),
    product('p-cat', 'datakatalogen', 'Datakatalogen', 'g-d'),
    product('p-empty', 'tom', 'Uten elementer', 'g-d'),
  ],
};

const elements = [
  element('late login', { productId: 'p-login', startOn: '2026-06-01', endOn: '2026-12-01' }),
  element('early login', {
    productId: 'p-login',
    startOn: '2026-01-01',
    endOn: '2026-03-01',
    status: 'delivered',
    labels: ['program/ny-innlogging'],
    overview: 'Ny protokoll med OpenID Connect.',
  }),
  element('access', { productId: 'p-access', labels: ['program/felles', 'org/ks'] }),
  element('catalogue', {
    productId: 'p-cat',
    startOn: '2026-02-01',
    endOn: '2026-05-01',
    status: 'in-progress',
    github: { owner: 'digdir', repo: 'roadmap', number: 12, nodeId: null, url: null },
  }),
  element('orphan', { productId: null }),
  element('removed product', { productId: 'p-gone' }),
];

const ids = (list: readonly RoadmapElement[]) => list.map((e) => e.id);

describe('grouping the roadmap', () => {
  it('groups by product group and product by name, elements by start, the rest last', () => {
    const rows = groupElements(elements, catalog);
    expect(
      rows.map((row) => [
        row.group?.name ?? null,
        row.products.map((p) => [p.product?.name ?? null, ids(p.elements)]),
      ]),
    ).toEqual([
      ['Datadeling', [['Datakatalogen', ['catalogue']]]],
      [
        'Tillitstjenester',
        [
          ['Innloggingstjenesten', ['early login', 'late login']],
          ['Maskintilgang', ['access']],
        ],
      ],
      [null, [[null, ['orphan', 'removed product']]]],
    ]);
  });

  it('leaves out groups with nothing to show', () => {
    const rows = groupElements([elements[3] as RoadmapElement], catalog);
    expect(rows.map((row) => row.group?.slug)).toEqual(['datadeling']);
    expect(groupElements([], catalog)).toEqual([]);
  });

  it('sorts undated elements after dated ones, and tells them apart', () => {
    const sorted = [...elements].sort(byStart);
    expect(ids(sorted).slice(0, 3)).toEqual(['early login', 'catalogue', 'late login']);
    expect(elements.filter(isDated).length).toBe(3);
  });
});

describe('filtering the roadmap', () => {
  it('by product group, product, status and label', () => {
    expect(ids(filterElements(elements, { group: 'tillit' }, catalog))).toEqual([
      'late login',
      'early login',
      'access',
    ]);
    expect(ids(filterElements(elements, { product: 'maskintilgang' }, catalog))).toEqual(['access']);
    expect(ids(filterElements(elements, { status: 'delivered' }, catalog))).toEqual(['early login']);
    expect(ids(filterElements(elements, { label: 'org/ks' }, catalog))).toEqual(['access']);
    expect(ids(filterElements(elements, { group: 'datadeling', product: 'innlogging' }, catalog))).toEqual(
      [],
    );
  });

  it('by words found anywhere in the title, texts, labels or GitHub reference', () => {
    expect(ids(filterElements(elements, { q: 'openid PROTOKOLL' }, catalog))).toEqual(['early login']);
    expect(ids(filterElements(elements, { q: 'roadmap#12' }, catalog))).toEqual(['catalogue']);
    expect(ids(filterElements(elements, { q: 'ny-innlogging' }, catalog))).toEqual(['early login']);
    expect(ids(filterElements(elements, { q: 'openid nothing' }, catalog))).toEqual([]);
    expect(filterElements(elements, {}, catalog)).toHaveLength(elements.length);
  });

  it('offers every label in use once, sorted', () => {
    expect(labelsIn(elements)).toEqual(['org/ks', 'program/felles', 'program/ny-innlogging']);
  });
});
