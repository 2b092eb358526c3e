import type { WorkingGroup } from '../../../contracts/organisation';
import type { CrudGroupSpec } from '../crud/crud-group';
import { show } from '../../output/table';
import { slugFlag, nameFlag, meta } from './shared-fields';

export const workingGroupsSpec: CrudGroupSpec<WorkingGroup> = {
  name: 'working-groups',
  noun: 'working group',
  description: 'working groups across teams',
  resource: (client) => client.workingGroups,
  refKind: 'working-group',
  label: (w) => `${w.name} (${w.slug})`,
  columns: [
    { header: 'SLUG', value: (w) => w.slug },
    { header: 'NAME', value: (w) => w.name, maxWidth: 40 },
    { header: 'FROM', value: (w) => show(w.startsOn) },
    { header: 'TO', value: (w) => show(w.endsOn) },
    { header: 'ID', value: (w) => w.id },
  ],
  details: (w) => [
    ['Slug', w.slug],
    ['Name', w.name],
    ['Purpose', show(w.purpose)],
    ['Period', `${show(w.startsOn)} – ${show(w.endsOn)}`],
    ['Members', show(w.memberIds)],
    ...meta(w),
  ],
  flags: [
    slugFlag,
    nameFlag,
    {
      field: 'purpose',
      flags: '--purpose <text>',
      description: 'purpose',
      kind: 'text',
      nullable: true,
    },
    {
      field: 'startsOn',
      flags: '--starts-on <date>',
      description: 'first day, YYYY-MM-DD',
      kind: 'date',
      nullable: true,
    },
    {
      field: 'endsOn',
      flags: '--ends-on <date>',
      description: 'last day, YYYY-MM-DD',
      kind: 'date',
      nullable: true,
    },
    {
      field: 'memberIds',
      flags: '--member <person>',
      description: 'member, repeatable: id or e-mail',
      kind: 'ref-list',
      ref: 'person',
    },
  ],
};
