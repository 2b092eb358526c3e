import type { RodtradClient } from '../../client';
import { IdSchema } from '../../contracts/common';
import { UsageError } from '../exit-codes';

export type RefKind = 'person' | 'product-group' | 'product' | 'team' | 'working-group';

const isId = (value: string) => IdSchema.safeParse(value).success;

/** Ids by the name a person types: e-mail for people, slug for the others. */
async function namesToIds(client: RodtradClient, kind: RefKind): Promise<Map<string, string>> {
  const pairs = async (rows: Promise<{ id: string; key: string | null }[]>) =>
    new Map((await rows).flatMap((r) => (r.key ? [[r.key.toLowerCase(), r.id] as const] : [])));
  switch (kind) {
    case 'person':
      return pairs(client.people.listAll().then((rows) => rows.map((r) => ({ id: r.id, key: r.email }))));
    case 'product-group':
      return pairs(
        client.productGroups.listAll().then((rows) => rows.map((r) => ({ id: r.id, key: r.slug }))),
      );
    case 'product':
      return pairs(client.products.listAll().then((rows) => rows.map((r) => ({ id: r.id, key: r.slug }))));
    case 'team':
      return pairs(client.teams.listAll().then((rows) => rows.map((r) => ({ id: r.id, key: r.slug }))));
    case 'working-group':
      return pairs(
        client.workingGroups.listAll().then((rows) => rows.map((r) => ({ id: r.id, key: r.slug }))),
      );
  }
}

/**
 * People are named by id or e-mail, the others by id or slug, so a person at a terminal does
 * not have to copy uuids. A name that matches nothing is bad usage. The list is read only when
 * some value is not already an id.
 */
export async function resolveRefs(client: RodtradClient, kind: RefKind, values: string[]): Promise<string[]> {
  if (values.every(isId)) return values;
  const ids = await namesToIds(client, kind);
  return values.map((value) => {
    if (isId(value)) return value;
    const id = ids.get(value.toLowerCase());
    if (!id) {
      const by = kind === 'person' ? 'e-mail' : 'slug';
      throw new UsageError(`no ${kind} "${value}" in organisation ${client.org} (give its id or ${by})`);
    }
    return id;
  });
}

export async function resolveRef(client: RodtradClient, kind: RefKind, value: string): Promise<string> {
  const [id] = await resolveRefs(client, kind, [value]);
  return id ?? value;
}

/** Initiatives are named by id or key ("Sak 14-2026"); a key is looked up on the server. */
export async function resolveInitiativeIds(client: RodtradClient, refs: string[]): Promise<string[]> {
  return Promise.all(
    refs.map(async (ref) => (isId(ref) ? ref : (await client.initiatives.get(ref)).data.id)),
  );
}
