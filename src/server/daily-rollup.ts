import type { FastifyInstance } from 'fastify';
import { recomputeOrganisations } from '../services/rollup/recompute-organisations';
import { todayInOslo } from '../services/shared/today';
import type { Database } from '../services/store-lifecycle';

const CHECK_EVERY_MS = 10 * 60 * 1000;

/**
 * Keeps date-dependent health true: recomputes every organisation once after start and again whenever
 * the date in Oslo has changed. Idempotent (a roll-up that did not change writes nothing), so several
 * servers on one database may all run it.
 */
export function scheduleDailyRollup(app: FastifyInstance, database: Database): void {
  let lastDay: string | null = null;
  let running = false;
  const run = async () => {
    const today = todayInOslo();
    if (running || today === lastDay) return;
    running = true;
    try {
      const results = await recomputeOrganisations(database, 'Rødtråd (daglig beregning)');
      lastDay = today;
      app.log.info({ results }, 'red thread recomputed for the day');
    } catch (err) {
      app.log.error({ err }, 'daily red-thread recompute failed; retrying at the next check');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), CHECK_EVERY_MS);
  timer.unref();
  const first = setTimeout(() => void run(), 1_000);
  first.unref();
  app.addHook('onClose', () => {
    clearInterval(timer);
    clearTimeout(first);
    return Promise.resolve();
  });
}
