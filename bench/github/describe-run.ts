import type { RunFigures } from './measure-import';

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (v: number) => Math.round(v).toLocaleString('en');
const pct = (part: number, whole: number) => (whole > 0 ? `${((part / whole) * 100).toFixed(0)} %` : '–');

/**
 * Where a run's time went, as lines for the report: the split (waiting for GitHub, database
 * statements, the rest in this process), the phases its report showed, the routes it asked and the
 * statements that took longest altogether.
 */
export function describeRun(title: string, run: RunFigures, kind: 'postgres' | 'pglite'): string[] {
  const db = run.statements.ms;
  const rest = run.totalMs - run.fakeMs - db;
  const row = (label: string, ms: number, extra = '') =>
    `  ${label.padEnd(52)} ${s(ms).padStart(8)} ${pct(ms, run.totalMs).padStart(5)}${extra}`;
  const lines = [
    `${title}: ${s(run.totalMs)} in all, ${run.status}; peak RSS ${n(run.memory.rssMb)} MB, heap ${n(run.memory.heapMb)} MB`,
    row('waiting for the fake GitHub', run.fakeMs, `  (${n(run.fakeRequests)} requests)`),
    kind === 'postgres'
      ? row('database statements', db, `  (${n(run.statements.statements)} statements)`)
      : row(
          'database engine (PGlite, in this thread)',
          db,
          `  (${n(run.statements.statements)} engine calls)`,
        ),
    row('the rest: parsing, mapping, planning, building SQL', rest),
    kind === 'postgres'
      ? '  phases as the run report showed them (booked from when the report landed, ~1 s late; work before a ' +
        "phase's first report, such as planning the backlog, is booked to the phase before):"
      : "  phases as the run report showed them (on PGlite a report waits for the import's open transaction, so phases land late):",
  ];
  for (const p of run.phases) {
    const other = p.wallMs - p.fakeMs - p.dbMs;
    lines.push(
      `    ${p.phase.padEnd(38)} ${s(p.wallMs).padStart(8)}: fake ${s(p.fakeMs)} (${n(p.requests)} req), ` +
        `db ${s(p.dbMs)} (${n(p.statements)}), rest ${s(other)}`,
    );
  }
  const routes = Object.entries(run.byRoute).sort((a, b) => b[1] - a[1]);
  lines.push(`  requests by route: ${routes.map(([r, c]) => `${r} ${n(c)}`).join('; ')}`);
  const statuses = Object.entries(run.statuses).map(([st, c]) => `${st}: ${n(c)}`);
  lines.push(`  answers by status: ${statuses.join(', ')}`);
  const r = run.report;
  lines.push(
    `  report: created ${n(r.counts.created)}, updated ${n(r.counts.updated)}, unchanged ${n(r.counts.unchanged)}, ` +
      `deleted ${n(r.counts.deleted)}, skipped ${n(r.counts.skipped)}; requests ${n(r.requests.total)} ` +
      `(counted ${n(r.requests.counted)}, 304 ${n(r.requests.notModified)}); retries ${r.retries.length}; errors ${r.errors.length}`,
  );
  for (const e of r.errors.slice(0, 5)) lines.push(`    error ${e.ref ?? ''}: ${e.message}`);
  for (const t of r.retries.slice(0, 5))
    lines.push(`    retry (${t.reason}, waited ${n(t.waitedMs)} ms): ${t.method} ${t.path}`);
  const reasons = new Map<string, number>();
  for (const k of r.skipped) reasons.set(k.reason, (reasons.get(k.reason) ?? 0) + 1);
  if (reasons.size > 0) {
    lines.push(
      `  skipped (first ${r.skipped.length} listed): ${[...reasons].map(([why, c]) => `${c}× ${why}`).join('; ')}`,
    );
  }
  if (run.slowest.length > 0) {
    lines.push('  statements that took longest altogether:');
    for (const { head, tally } of run.slowest) {
      lines.push(`    ${s(tally.ms).padStart(8)} ${n(tally.statements).padStart(8)}×  ${head}`);
    }
  }
  return lines;
}
