import { Command } from 'commander';
import { ITEM_KINDS, SOURCE_KINDS, type Item, type Source } from '../../contracts/strategy';
import type { CliContext, CliDeps } from '../cli-context';
import { formatTable, show, type Column } from '../output/table';
import { crudGroup } from './crud/crud-group';
import type { FlagSpec } from './crud/field-flags';

const period = (row: { periodStart: string | null; periodEnd: string | null }) =>
  row.periodStart || row.periodEnd ? `${show(row.periodStart)} – ${show(row.periodEnd)}` : '-';

const periodFlags: FlagSpec[] = [
  {
    field: 'periodStart',
    flags: '--period-start <date>',
    description: 'period start, YYYY-MM-DD',
    kind: 'date',
    nullable: true,
  },
  {
    field: 'periodEnd',
    flags: '--period-end <date>',
    description: 'period end, YYYY-MM-DD',
    kind: 'date',
    nullable: true,
  },
];

const itemColumns: Column<Item>[] = [
  { header: 'REF', value: (i) => show(i.ref) },
  { header: 'KIND', value: (i) => i.kind },
  { header: 'TITLE', value: (i) => i.title, maxWidth: 50 },
  { header: 'PERIOD', value: period },
  { header: 'ID', value: (i) => i.id },
];

async function showSourceItems(ctx: CliContext, source: Source): Promise<void> {
  const items = await ctx.client.sourceItems(source.id);
  ctx.line();
  ctx.line(items.length ? formatTable(itemColumns, items) : 'No items.');
}

export function buildStrategyCommand(deps: CliDeps): Command {
  const strategy = new Command('strategy').description('strategic sources and the items initiatives serve');

  strategy.addCommand(
    crudGroup<Source>(
      {
        name: 'sources',
        noun: 'strategic source',
        description: 'allocation letters, strategies, OKR sets',
        resource: (client) => client.strategySources,
        label: (s) => s.title,
        columns: [
          { header: 'KIND', value: (s) => s.kind },
          { header: 'TITLE', value: (s) => s.title, maxWidth: 50 },
          { header: 'ISSUER', value: (s) => show(s.issuer), maxWidth: 30 },
          { header: 'PERIOD', value: period },
          { header: 'ID', value: (s) => s.id },
        ],
        details: (s) => [
          ['Title', s.title],
          ['Kind', s.kind],
          ['Issuer', show(s.issuer)],
          ['Period', period(s)],
          ['URL', show(s.url)],
          ['Product group', show(s.productGroupId)],
          ['Description', show(s.description)],
          ['Id', s.id],
          ['Version', String(s.version)],
        ],
        showMore: showSourceItems,
        flags: [
          {
            field: 'kind',
            flags: '--kind <kind>',
            description: 'kind of source',
            kind: 'choice',
            choices: SOURCE_KINDS,
            required: true,
          },
          { field: 'title', flags: '--title <title>', description: 'title', kind: 'text', required: true },
          {
            field: 'issuer',
            flags: '--issuer <issuer>',
            description: 'who issued it',
            kind: 'text',
            nullable: true,
          },
          ...periodFlags,
          {
            field: 'url',
            flags: '--url <url>',
            description: 'link to the document',
            kind: 'text',
            nullable: true,
          },
          {
            field: 'description',
            flags: '--description <text>',
            description: 'description',
            kind: 'text',
            nullable: true,
          },
          {
            field: 'productGroupId',
            flags: '--product-group <group>',
            description: 'product group (for a product-group strategy): id or slug',
            kind: 'ref',
            ref: 'product-group',
            nullable: true,
          },
        ],
      },
      deps,
    ),
  );

  strategy.addCommand(
    crudGroup<Item>(
      {
        name: 'items',
        noun: 'strategic item',
        description: 'goals, assignments, actions, objectives and key results of a source',
        resource: (client) => client.strategyItems,
        label: (i) => (i.ref ? `${i.ref} ${i.title}` : i.title),
        columns: itemColumns,
        details: (i) => [
          ['Title', i.title],
          ['Ref', show(i.ref)],
          ['Kind', i.kind],
          ['Source', i.sourceId],
          ['Parent', show(i.parentId)],
          ['Period', period(i)],
          ['Target', show(i.targetValue)],
          ['Current', show(i.currentValue)],
          ['Description', show(i.description)],
          ['Id', i.id],
          ['Version', String(i.version)],
        ],
        flags: [
          {
            field: 'sourceId',
            flags: '--source <id>',
            description: 'the source it belongs to (id)',
            kind: 'text',
            required: true,
            createOnly: true,
          },
          {
            field: 'kind',
            flags: '--kind <kind>',
            description: 'kind of item',
            kind: 'choice',
            choices: ITEM_KINDS,
            required: true,
          },
          { field: 'title', flags: '--title <title>', description: 'title', kind: 'text', required: true },
          {
            field: 'ref',
            flags: '--ref <ref>',
            description: 'the source\'s own numbering, e.g. "Tiltak 12"',
            kind: 'text',
            nullable: true,
          },
          {
            field: 'description',
            flags: '--description <text>',
            description: 'description',
            kind: 'text',
            nullable: true,
          },
          {
            field: 'parentId',
            flags: '--parent <id>',
            description: "parent item (a key result's objective)",
            kind: 'text',
            nullable: true,
          },
          ...periodFlags,
          {
            field: 'targetValue',
            flags: '--target <value>',
            description: 'target value',
            kind: 'text',
            nullable: true,
          },
          {
            field: 'currentValue',
            flags: '--current <value>',
            description: 'current value',
            kind: 'text',
            nullable: true,
          },
        ],
      },
      deps,
    ),
  );
  return strategy;
}
