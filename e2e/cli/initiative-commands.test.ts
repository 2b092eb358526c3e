import { expect, it } from 'vitest';
import type { Initiative, InitiativeDetail, TransitionResult } from '../../src/contracts/initiatives';
import { describeEachDatabase } from '../../src/store/testing/test-database';
import { jsonOf, useCliServer, type CliServer } from './cli-harness';

/** Everything the first gate (Ikke startet → Problem) asks for, besides the description and owner. */
const FIRST_GATE_TICKS = 'judged-important,balanced-portfolio,no-obvious-obstacles,problem-scope';

async function orgWithOwner(cli: CliServer) {
  const org = await cli.freshOrg();
  await cli.run(org, 'org', 'people', 'create', '--name', 'Kari Eier', '--email', 'kari@example.no');
  return org;
}

describeEachDatabase('rodtrad initiative commands', (use) => {
  const cli = useCliServer(use);

  it('creates an initiative with a case key and shows it with its gate checklist', async () => {
    const org = await orgWithOwner(cli);
    const created = await cli.run(
      org,
      'initiative',
      'create',
      '--title',
      'Digital postkasse',
      '--description',
      'Alle får post digitalt',
      '--priority',
      'must',
      '--owner',
      'kari@example.no',
    );
    expect(created.code).toBe(0);
    const key = /Created (Sak \d+-\d{4}) Digital postkasse in Ikke startet/.exec(created.out)?.[1];
    expect(key).toBeDefined();

    const shown = await cli.run(org, 'initiative', 'show', key ?? '');
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/Phase:\s+Ikke startet/);
    expect(shown.out).toMatch(/Owner:\s+Kari Eier/);
    expect(shown.out).toMatch(/Gate Ikke startet → Problem: 2 of 6 met/);
    expect(shown.out).toContain('✓ Behovet er beskrevet på et overordnet nivå  (need-described)');
    expect(shown.out).toContain('✗ Vurdert som viktig  (judged-important)');
    expect(shown.out).toContain('Decisions: none');

    const asJson = jsonOf<InitiativeDetail>(await cli.run(org, '--json', 'initiative', 'show', key ?? ''));
    expect(asJson).toMatchObject({
      key,
      title: 'Digital postkasse',
      priority: 'must',
      phase: 'ikke-startet',
    });
    expect(asJson.gate.criteria).toHaveLength(6);
  });

  it('refuses a move through an unmet gate with exit 3, one line per unmet criterion, then moves once met', async () => {
    const org = await orgWithOwner(cli);
    const { key } = jsonOf<Initiative>(
      await cli.run(org, '--json', 'initiative', 'create', '--title', 'Ny saksbehandling'),
    );

    const refused = await cli.run(org, 'initiative', 'move', key, '--to', 'problem');
    expect(refused.code).toBe(3);
    const unmet = refused.err.split('\n').filter((l) => l.startsWith('  ✗ '));
    expect(unmet.map((l) => /\((?:field|checklist) ([a-z-]+)\)$/.exec(l)?.[1])).toEqual([
      'need-described',
      'judged-important',
      'balanced-portfolio',
      'no-obvious-obstacles',
      'assigned-problem',
      'problem-scope',
    ]);
    expect(refused.err).toContain(`${key} cannot move from Ikke startet to Problem`);
    expect((await cli.client(org).initiatives.get(key)).data).toMatchObject({
      phase: 'ikke-startet',
      decisions: [],
    });

    const edited = await cli.run(
      org,
      'initiative',
      'edit',
      key,
      '--description',
      'Behovet',
      '--owner',
      'kari@example.no',
      '--check',
      FIRST_GATE_TICKS,
    );
    expect(edited.code).toBe(0);
    const moved = await cli.run(
      org,
      'initiative',
      'move',
      key,
      '--to',
      'Problem',
      '--decided-by',
      'Porteføljerådet',
      '--decided-on',
      '2026-03-02',
      '--conditions',
      'Avklar med KS',
    );
    expect(moved.code).toBe(0);
    expect(moved.out).toContain(`${key}: Ikke startet → Problem, approved-with-conditions`);

    const shown = await cli.run(org, 'initiative', 'show', key);
    expect(shown.out).toMatch(
      /2026-03-02\s+approved-with-conditions\s+Ikke startet → Problem\s+active\s+Porteføljerådet\s+-\s+Avklar med KS/,
    );
  });

  it('sends back, parks, resumes and stops with the rules of the workflow as exit codes', async () => {
    const org = await orgWithOwner(cli);
    const { key } = jsonOf<Initiative>(
      await cli.run(
        org,
        '--json',
        'initiative',
        'create',
        '--title',
        'Sak som parkeres',
        '--description',
        'd',
        '--owner',
        'kari@example.no',
        '--set',
        `checkedCriteria=${JSON.stringify(FIRST_GATE_TICKS.split(','))}`,
      ),
    );
    expect((await cli.run(org, 'initiative', 'move', key, '--to', 'problem')).code).toBe(0);

    const noRationale = await cli.run(org, 'initiative', 'move', key, '--to', 'ikke-startet');
    expect(noRationale.code).toBe(3);
    expect(noRationale.err).toContain('rationale-required');
    const back = await cli.run(
      org,
      '--json',
      'initiative',
      'move',
      key,
      '--to',
      'ikke-startet',
      '--rationale',
      'Mangler eier',
    );
    expect(jsonOf<TransitionResult>(back).decision).toMatchObject({
      outcome: 'sent-back',
      fromPhase: 'problem',
      toPhase: 'ikke-startet',
    });

    const skip = await cli.run(org, 'initiative', 'move', key, '--to', 'konsept');
    expect(skip.code).toBe(3);
    expect(skip.err).toMatch(/illegal-transition|gate-criteria-unmet/);

    expect(
      (await cli.run(org, 'initiative', 'move', key, '--park', '--rationale', 'Venter på midler')).code,
    ).toBe(0);
    expect((await cli.run(org, 'initiative', 'move', key, '--resume')).code).toBe(0);
    expect(
      (await cli.run(org, 'initiative', 'move', key, '--stop', '--rationale', 'Løst av annen sak')).code,
    ).toBe(0);
    const afterStop = await cli.run(org, 'initiative', 'move', key, '--resume');
    expect(afterStop.code).toBe(3);
    expect(afterStop.err).toContain('illegal-transition');

    const detail = (await cli.client(org).initiatives.get(key)).data;
    expect(detail.status).toBe('stopped');
    expect(detail.decisions.map((d) => d.outcome)).toEqual([
      'approved',
      'sent-back',
      'parked',
      'resumed',
      'stopped',
    ]);

    const history = await cli.run(org, 'initiative', 'history', key);
    expect(history.code).toBe(0);
    expect(history.out).toMatch(/transitioned\s+CLI administrator\s+initiative\s+Ikke startet → Problem/);
    expect(history.out).toMatch(/transitioned\s+CLI administrator\s+initiative\s+active → parked/);
    const shown = await cli.run(org, 'initiative', 'show', key, '--history');
    expect(shown.out).toContain('History:');
    expect(shown.out).toMatch(/created\s+CLI administrator\s+initiative/);
  });

  it('answers 2 for bad move and list usage, before anything is sent', async () => {
    const org = await orgWithOwner(cli);
    const { key } = jsonOf<Initiative>(await cli.run(org, '--json', 'initiative', 'create', '--title', 'T'));
    const cases = [
      ['initiative', 'move', key],
      ['initiative', 'move', key, '--to', 'månen'],
      ['initiative', 'move', key, '--park', '--stop', '--rationale', 'x'],
      ['initiative', 'move', key, '--to', 'ikke-startet'],
      ['initiative', 'move', key, '--outcome', 'teleported'],
      ['initiative', 'move', key, '--to', 'problem', '--decided-on', '2. mars'],
      ['initiative', 'list', '--status', 'sleeping'],
      ['initiative', 'list', '--phase', 'nowhere'],
      ['initiative', 'edit', key],
      ['initiative', 'edit', key, '--set', 'shoeSize=44'],
      ['initiative', 'edit', key, '--set', 'okrs=not json'],
      ['initiative', 'create', '--description', 'no title'],
      ['initiative', 'create', '--title', 'T', '--team', 'a', '--product-group', 'b'],
    ];
    for (const args of cases) {
      const run = await cli.run(org, ...args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
    }
    expect((await cli.client(org).initiatives.get(key)).data).toMatchObject({ version: 1, decisions: [] });
  });
});
