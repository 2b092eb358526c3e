import { itemsUseCases } from '../services/strategy/items';
import { sourcesUseCases } from '../services/strategy/sources';
import type { ServiceContext } from '../services/shared/context';
import type { DemoItem, DemoSource } from './content/types';
import { KeyMap } from './key-map';

/** Stores the strategic sources and their item trees; answers the id of each item by its key. */
export async function loadStrategy(
  ctx: ServiceContext,
  sources: DemoSource[],
  productGroups: KeyMap,
): Promise<KeyMap> {
  const items = new KeyMap('strategic item');
  for (const { items: sourceItems, productGroup, ...source } of sources) {
    const created = await sourcesUseCases.create(ctx, {
      ...source,
      productGroupId: productGroup ? productGroups.id(productGroup) : null,
    });
    await createItems(ctx, created.id, null, sourceItems, items);
  }
  return items;
}

async function createItems(
  ctx: ServiceContext,
  sourceId: string,
  parentId: string | null,
  demoItems: DemoItem[],
  items: KeyMap,
): Promise<void> {
  for (const { key, children, ...item } of demoItems) {
    const created = await itemsUseCases.create(ctx, { ...item, sourceId, parentId });
    items.set(key, created.id);
    if (children) await createItems(ctx, sourceId, created.id, children, items);
  }
}
