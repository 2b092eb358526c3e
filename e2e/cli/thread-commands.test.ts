import { expect, it } from 'vitest';
import type { RodtradClient } from '../../src/client';
import type { CheckReport } from '../../src/contracts/checks';
import type { Trace } from '../../src/contracts/thread';
import { describeEachDatabase } from '../../src/store/testing/test-database';
import { jsonOf, useCliServer } from './cli-harness';

describeEachDatabase('rodtrad check and trace', (use) => {
  const cli = useCliServer(use);

  /** Phases move only through gated decisions; the checks only read them, so the test sets them in the store. */
  const placeIn = async (id: string, phase: string) => {
    await use().query('UPDATE initiatives SET phase = $1 WHERE id = $2', [phase, id]);
  };
  const park = async (id: string) => {
    await use().query(`UPDATE initiatives SET status = 'parked' WHERE id = $1`, [id]);
  };

  /** Strategy → initiative → roadmap element → epic → two issues, one of them done. */
  async function thread(client: RodtradClient) {
    const { data: source } = await client.strategySources.create({
      kind: 'agency-strategy',
      title: 'Virksomhetsstrategi',
    });
    const { data: goal } = await client.strategyItems.create({
      sourceId: source.id,
      kind: 'goal',
      ref: 'SM1',
      title: 'Sammenhengende tjenester',
    });
    const { data: initiative } = await client.initiatives.create({
      title: 'Felles innlogging',
      strategicItemIds: [goal.id],
    });
    const { data: element } = await client.roadmapElements.create({
      title: 'ID-porten 2.0',
      status: 'in-progress',
      initiativeIds: [initiative.id],
      github: { owner: 'digdir', repo: 'roadmap', number: 12 },
    });
    const { data: epic } = await client.backlogItems.create({
      kind: 'epic',
      title: 'Innlogging med passnøkler',
      roadmapElementIds: [element.id],
    });
    const { data: done } = await client.backlogItems.create({
      kind: 'issue',
      title: 'Registrere passnøkkel',
      parentId: epic.id,
      state: 'closed',
      stateReason: 'completed',
      github: { owner: 'digdir', repo: 'team-a', number: 4 },
    });
    await client.backlogItems.create({ kind: 'issue', title: 'Logge inn med passnøkkel', parentId: epic.id });
    return { initiative, element, epic, done };
  }

  /** The report's lines for people, without the blank ones. */
  const linesOf = (out: string) => out.split('\n').filter((line) => line.trim() !== '');

  it('prints every check grouped by severity with its items and how to fix it, and exits 4 while an error remains', async () => {
    const org = await cli.freshOrg();
    const client = cli.client(org);
    await thread(client);
    const { data: bare } = await client.initiatives.create({ title: 'Uten veikart' });
    await placeIn(bare.id, 'implementering');

    const failing = await cli.run(org, 'check');
    expect(failing.code).toBe(4);
    expect(failing.err).toBe('the portfolio checks found 1 error\n');
    const lines = linesOf(failing.out);
    expect(lines.slice(0, 5)).toEqual([
      'Errors:',
      '✗ implementation-without-roadmap: Tiltak i implementering uten veikartelement (1)',
      `    ${bare.key}  Uten veikart`,
      '  How to fix: Knytt tiltaket til minst ett element i veikartet, eller flytt det tilbake til planlegging.',
      '✓ dependency-on-inactive: Avhengighet til stoppet eller parkert tiltak',
    ]);
    expect(lines).toContain('Warnings:');
    expect(lines).toContain('! initiative-without-origin: Tiltak uten strategisk forankring (1)');
    expect(lines).toContain('✓ element-without-epics: Veikartelement uten epos');
    expect(lines).toContain('Info:');
    expect(lines.at(-1)).toMatch(
      /^1 error, 1 warning, 0 info \(10 checks, 8 passed, checked \d{4}-\d\d-\d\dT/,
    );

    const { data: element } = await client.roadmapElements.create({
      title: 'Første leveranse',
      status: 'backlog',
      initiativeIds: [bare.id],
    });
    const passing = await cli.run(org, 'check');
    expect(passing.code).toBe(0);
    expect(passing.err).toBe('');
    const after = linesOf(passing.out);
    expect(after).toContain('✓ implementation-without-roadmap: Tiltak i implementering uten veikartelement');
    expect(after).toContain('! element-without-epics: Veikartelement uten epos (1)');
    expect(after).toContain(`    ${element.id}  Første leveranse`);
    expect(after.at(-1)).toMatch(/^0 errors, 2 warnings, 0 info \(10 checks, 8 passed, /);
  });

  it('prints the CheckReport with --json, and --severity hides lower severities but not the exit code', async () => {
    const org = await cli.freshOrg();
    const client = cli.client(org);
    const { data: bare } = await client.initiatives.create({ title: 'Uten veikart' });
    await placeIn(bare.id, 'implementering');

    const json = await cli.run(org, 'check', '--json');
    expect(json.code).toBe(4);
    const report = jsonOf<CheckReport>(json);
    expect(report.results).toHaveLength(10);
    expect(report.counts).toEqual({ error: 1, warning: 1, info: 0 });
    const implementation = report.results.find((r) => r.id === 'implementation-without-roadmap');
    expect(implementation?.items).toEqual([
      { type: 'initiative', id: bare.id, ref: bare.key, title: 'Uten veikart', detail: null },
    ]);

    const errorsOnly = await cli.run(org, 'check', '--severity', 'error');
    expect(errorsOnly.code).toBe(4);
    expect(errorsOnly.out).toContain('Errors:');
    expect(errorsOnly.out).not.toContain('Warnings:');
    expect(errorsOnly.out).not.toContain('initiative-without-origin');
    const jsonErrors = jsonOf<CheckReport>(await cli.run(org, '--json', 'check', '--severity', 'error'));
    expect(jsonErrors.results.map((r) => r.severity)).toEqual(['error', 'error']);

    const wrong = await cli.run(org, 'check', '--severity', 'fatal');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('fatal');
  });

  it('prints what is wrong with a finding in bokmål, like the titles, and every language with --json', async () => {
    const org = await cli.freshOrg();
    const client = cli.client(org);
    const { data: parked } = await client.initiatives.create({ title: 'Parkert' });
    await park(parked.id);
    const { data: waiting } = await client.initiatives.create({
      title: 'Venter',
      dependsOnIds: [parked.id],
    });

    const text = await cli.run(org, 'check');
    expect(text.code).toBe(4);
    const lines = linesOf(text.out);
    const head = lines.indexOf('✗ dependency-on-inactive: Avhengighet til stoppet eller parkert tiltak (1)');
    expect(head).toBeGreaterThan(-1);
    expect(lines[head + 1]).toBe(`    ${waiting.key}  Venter — avhenger av ${parked.key} (parkert)`);

    const report = jsonOf<CheckReport>(await cli.run(org, 'check', '--json'));
    const dependency = report.results.find((r) => r.id === 'dependency-on-inactive');
    expect(dependency?.items).toEqual([
      {
        type: 'initiative',
        id: waiting.id,
        ref: waiting.key,
        title: 'Venter',
        detail: {
          nb: `avhenger av ${parked.key} (parkert)`,
          nn: `avheng av ${parked.key} (parkert)`,
          en: `depends on ${parked.key} (parked)`,
        },
      },
    ]);
  });

  it('traces from the strategy down to the issues, through an initiative or from an issue, and prints the Trace with --json', async () => {
    const org = await cli.freshOrg();
    const t = await thread(cli.client(org));
    const health = / {2}health (green|yellow|red|–)$/;
    const fromInitiative = await cli.run(org, 'trace', t.initiative.key);
    expect(fromInitiative.code).toBe(0);
    expect(linesOf(fromInitiative.out).map((line) => line.replace(health, '  health ?'))).toEqual([
      'Strategic source  Virksomhetsstrategi',
      '  Strategic item  SM1  Sammenhengende tjenester',
      `    ▶ Initiative  ${t.initiative.key}  Felles innlogging  50 %  health ?`,
      '      Roadmap element  digdir/roadmap#12  ID-porten 2.0  50 %  health ?',
      '        Epic  Innlogging med passnøkler  50 %  health ?',
      '          Issue  Logge inn med passnøkkel  0 %',
      '          Issue  digdir/team-a#4  Registrere passnøkkel  100 %  ✓ delivered',
    ]);

    const fromIssue = await cli.run(org, 'trace', t.done.id);
    expect(fromIssue.code).toBe(0);
    expect(linesOf(fromIssue.out).at(-1)).toBe(
      '          ▶ Issue  digdir/team-a#4  Registrere passnøkkel  100 %  ✓ delivered',
    );
    expect(linesOf(fromIssue.out)).toHaveLength(6);

    const json = await cli.run(org, 'trace', '--json', 'digdir/team-a#4');
    expect(json.code).toBe(0);
    const trace = jsonOf<Trace>(json);
    expect(trace.node).toMatchObject({ type: 'issue', id: t.done.id, delivered: true });
    expect(trace.up[0]).toMatchObject({ type: 'epic', id: t.epic.id });
    expect(trace.down).toEqual([]);
  });

  it('answers 1 for a reference that names nothing and 2 for one it cannot read', async () => {
    const org = await cli.freshOrg();
    const missing = await cli.run(org, 'trace', 'Sak 999-2026');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('not-found');
    const unreadable = await cli.run(org, 'trace', 'not-a-ref');
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toContain('validation-failed');
  });
});
