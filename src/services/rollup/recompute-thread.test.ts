import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { selectRows } from '../../store/repositories/select-rows';
import { describeEachDatabase } from '../../store/testing/test-database';
import { backlogItemsUseCases } from '../backlog/backlog-items';
import { createInitiative } from '../initiatives/create-initiative';
import { getInitiative } from '../initiatives/get-initiative';
import { createOrganisation } from '../organisation/organisations';
import { roadmapElementsUseCases } from '../roadmap/roadmap-elements';
import type { ServiceContext } from '../shared/context';
import { recomputeOrganisations } from './recompute-organisations';
import { recomputeEverything } from './recompute-thread';

describeEachDatabase('recomputing the red thread', (use) => {
  async function portfolio(today?: string) {
    const org = await createOrganisation(use(), 'test', {
      slug: `rt-${crypto.randomUUID().slice(0, 8)}`,
      name: 'Testetaten',
    });
    const ctx: ServiceContext = {
      database: use(),
      orgId: org.id,
      actor: 'test',
      ...(today ? { today } : {}),
    };
    const initiative = await createInitiative(ctx, { title: 'Ny saksbehandling' });
    const late = await roadmapElementsUseCases.create(ctx, {
      title: 'Sen leveranse',
      initiativeIds: [initiative.id],
      startOn: '2026-01-01',
      endOn: '2026-03-31',
    });
    const other = await roadmapElementsUseCases.create(ctx, {
      title: 'Neste leveranse',
      initiativeIds: [initiative.id],
      dependsOnIds: [late.id],
      estimatePersonWeeks: 30,
    });
    for (const [element, done] of [
      [late, 2],
      [other, 1],
    ] as const) {
      const epic = await backlogItemsUseCases.create(ctx, {
        kind: 'epic',
        title: `Epos for ${element.title}`,
        roadmapElementIds: [element.id],
      });
      for (let n = 0; n < 4; n++) {
        await backlogItemsUseCases.create(ctx, {
          kind: 'issue',
          title: `Oppgave ${n}`,
          parentId: epic.id,
          ...(n < done ? { state: 'closed' as const, stateReason: 'completed' as const } : {}),
        });
      }
    }
    return { ctx, initiative };
  }

  const storedRollups = (ctx: ServiceContext) =>
    selectRows<Record<string, unknown>>(
      ctx.database.db,
      sql`SELECT node_id, node_type, progress, done_units, total_units, weight, counted, delivered,
            rolled_start::text, rolled_end::text, computed_health, health_reasons, expected_progress
          FROM rollups WHERE org_id = ${ctx.orgId} ORDER BY node_id`,
    );

  it('computes from scratch exactly what the writes rolled up one by one', async () => {
    const { ctx } = await portfolio('2026-02-15');
    const incremental = await storedRollups(ctx);
    expect(incremental).toHaveLength(5);
    await ctx.database.db.execute(sql`DELETE FROM rollups WHERE org_id = ${ctx.orgId}`);
    const result = await recomputeEverything(ctx);
    expect(result).toMatchObject({ epics: 2, roadmapElements: 2, initiatives: 1 });
    expect(await storedRollups(ctx)).toEqual(incremental);
  });

  it('judges health against the day it runs, so a passing end date turns it red without any write', async () => {
    const { ctx, initiative } = await portfolio('2026-02-15');
    // Half the weeks gone, half the late element done: on schedule in February.
    expect((await getInitiative(ctx, initiative.id)).health).toBe('green');
    await recomputeOrganisations(ctx.database, 'test');
    const today = await getInitiative(ctx, initiative.id);
    expect(today.health).toBe('red');
    expect(today.rollup.healthReasons.map((r) => r.code)).toContain('overdue');
  });
});
