import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { updateInitiative } from '../initiatives/update-initiative';
import { roadmapElementsUseCases } from '../roadmap/roadmap-elements';
import { sourcesUseCases } from '../strategy/sources';
import { itemsUseCases } from '../strategy/items';
import { found, freshContext, initiativeIn, itemsOf, place } from './checks-fixture';

describeEachDatabase('initiative checks', (use) => {
  it('finds active initiatives in Implementering that no roadmap element serves, until one does', async () => {
    const ctx = await freshContext(use());
    const bare = await initiativeIn(ctx, 'implementering', { title: 'Uten veikart' });
    await initiativeIn(ctx, 'implementering', { title: 'Parkert' }, 'parked');
    await initiativeIn(ctx, 'planlegging', { title: 'Planlegges ennå' });
    await initiativeIn(ctx, 'utfort', { title: 'Ferdig' });
    expect(await found(ctx, 'implementation-without-roadmap')).toEqual([`${bare.key} Uten veikart`]);

    await roadmapElementsUseCases.create(ctx, { title: 'Første leveranse', initiativeIds: [bare.id] });
    expect(await found(ctx, 'implementation-without-roadmap')).toEqual([]);
  });

  it('takes the phase before the last one as implementation in a workflow of the organisation’s own', async () => {
    const ctx = await freshContext(use());
    const building = await initiativeIn(ctx, 'bygging', { title: 'Bygges' });
    await initiativeIn(ctx, 'implementering', { title: 'Fase som ikke finnes lenger' });
    // Only the phase ids matter to the checks; the rest of the definition is the workflow module's.
    const phases = ['ide', 'bygging', 'levert'].map((id) => ({ id }));
    await ctx.database.query('INSERT INTO workflows (org_id, definition) VALUES ($1, $2)', [
      ctx.orgId,
      JSON.stringify({ phases }),
    ]);
    expect(await found(ctx, 'implementation-without-roadmap')).toEqual([`${building.key} Bygges`]);

    await place(ctx, building, 'levert');
    expect(await found(ctx, 'implementation-without-roadmap')).toEqual([]);
    expect(await found(ctx, 'initiative-without-origin')).not.toContain(`${building.key} Bygges`);
  });

  it('finds active initiatives not yet done without a strategic origin, until they get one', async () => {
    const ctx = await freshContext(use());
    const source = await sourcesUseCases.create(ctx, { kind: 'agency-strategy', title: 'Strategi' });
    const goal = await itemsUseCases.create(ctx, { sourceId: source.id, kind: 'goal', title: 'Mål' });
    const orphan = await initiativeIn(ctx, 'konsept', { title: 'Foreldreløs' });
    await initiativeIn(ctx, 'problem', { title: 'Forankret', strategicItemIds: [goal.id] });
    await initiativeIn(ctx, 'konsept', { title: 'Stoppet' }, 'stopped');
    await initiativeIn(ctx, 'utfort', { title: 'Ferdig' });
    expect(await found(ctx, 'initiative-without-origin')).toEqual([`${orphan.key} Foreldreløs`]);

    await updateInitiative(ctx, orphan.id, orphan.version, { strategicItemIds: [goal.id] });
    expect(await found(ctx, 'initiative-without-origin')).toEqual([]);
  });

  it('finds active initiatives depending on a stopped or parked one, naming each with its status', async () => {
    const ctx = await freshContext(use());
    const stopped = await initiativeIn(ctx, 'konsept', { title: 'Stoppet' }, 'stopped');
    const parked = await initiativeIn(ctx, 'planlegging', { title: 'Parkert' }, 'parked');
    const running = await initiativeIn(ctx, 'planlegging', { title: 'Går' });
    const waiting = await initiativeIn(ctx, 'implementering', {
      title: 'Venter',
      dependsOnIds: [stopped.id, running.id, parked.id],
    });
    await initiativeIn(ctx, 'utfort', { title: 'Ferdig likevel', dependsOnIds: [stopped.id] });
    await initiativeIn(ctx, 'konsept', { title: 'Også parkert', dependsOnIds: [stopped.id] }, 'parked');
    expect(await itemsOf(ctx, 'dependency-on-inactive')).toEqual([
      {
        type: 'initiative',
        id: waiting.id,
        ref: waiting.key,
        title: 'Venter',
        detail: {
          nb: `avhenger av ${stopped.key} (stoppet), ${parked.key} (parkert)`,
          nn: `avheng av ${stopped.key} (stoppa), ${parked.key} (parkert)`,
          en: `depends on ${stopped.key} (stopped), ${parked.key} (parked)`,
        },
      },
    ]);

    await updateInitiative(ctx, waiting.id, waiting.version, { dependsOnIds: [running.id, parked.id] });
    await place(ctx, parked, 'planlegging', 'active');
    expect(await found(ctx, 'dependency-on-inactive')).toEqual([]);
  });
});
