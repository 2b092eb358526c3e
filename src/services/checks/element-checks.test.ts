import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { backlogItemsUseCases } from '../backlog/backlog-items';
import { roadmapElementsUseCases } from '../roadmap/roadmap-elements';
import { found, freshContext, itemsOf } from './checks-fixture';

const github = (number: number) => ({ owner: 'Digdir', repo: 'roadmap', number });

describeEachDatabase('roadmap element and epic checks', (use) => {
  it('finds elements past consideration and still planned that no epic serves, until one does', async () => {
    const ctx = await freshContext(use());
    const bare = await roadmapElementsUseCases.create(ctx, {
      title: 'Uten epos',
      status: 'backlog',
      github: github(12),
    });
    await roadmapElementsUseCases.create(ctx, { title: 'Til vurdering', status: 'under-consideration' });
    await roadmapElementsUseCases.create(ctx, {
      title: 'Droppet',
      status: 'backlog',
      state: 'closed',
      stateReason: 'not-planned',
    });
    const native = await roadmapElementsUseCases.create(ctx, {
      title: 'Under arbeid',
      status: 'in-progress',
    });
    expect(await found(ctx, 'element-without-epics')).toEqual([
      '- Under arbeid',
      'digdir/roadmap#12 Uten epos',
    ]);

    await backlogItemsUseCases.create(ctx, { kind: 'epic', title: 'Epos', roadmapElementIds: [bare.id] });
    await roadmapElementsUseCases.update(ctx, native.id, native.version, {
      state: 'closed',
      stateReason: 'duplicate',
    });
    expect(await found(ctx, 'element-without-epics')).toEqual([]);
  });

  it('finds epics still planned that serve no element, until they do', async () => {
    const ctx = await freshContext(use());
    const element = await roadmapElementsUseCases.create(ctx, { title: 'Element', status: 'backlog' });
    const loose = await backlogItemsUseCases.create(ctx, {
      kind: 'epic',
      title: 'Løst epos',
      github: { owner: 'digdir', repo: 'team-a', number: 3 },
    });
    await backlogItemsUseCases.create(ctx, {
      kind: 'epic',
      title: 'Ikke planlagt',
      state: 'closed',
      stateReason: 'not-planned',
    });
    await backlogItemsUseCases.create(ctx, { kind: 'issue', title: 'En oppgave' });
    await backlogItemsUseCases.create(ctx, {
      kind: 'epic',
      title: 'Knyttet',
      roadmapElementIds: [element.id],
    });
    expect(await found(ctx, 'epic-serves-nothing')).toEqual(['digdir/team-a#3 Løst epos']);

    await backlogItemsUseCases.update(ctx, loose.id, loose.version, { roadmapElementIds: [element.id] });
    expect(await found(ctx, 'epic-serves-nothing')).toEqual([]);
  });

  it('finds template leftovers in an element’s texts and in the titles of its epics, until they are replaced', async () => {
    const ctx = await freshContext(use());
    const draft = await roadmapElementsUseCases.create(ctx, {
      title: 'Felles innlogging',
      overview: 'Lansering: TBA.',
      howItWorks: '### Beskrivelse\n\n### Oppgaver\n- [ ] #12\n',
      expectedResult: 'Færre henvendelser.',
    });
    const withDraftEpic = await roadmapElementsUseCases.create(ctx, {
      title: 'Nasjonal datakatalog',
      overview: 'Datasett blir enklere å finne.',
    });
    const epic = await backlogItemsUseCases.create(ctx, {
      kind: 'epic',
      title: 'Draft epos 2',
      roadmapElementIds: [withDraftEpic.id],
    });
    await backlogItemsUseCases.create(ctx, {
      kind: 'epic',
      title: 'N/A',
      state: 'closed',
      stateReason: 'not-planned',
      roadmapElementIds: [withDraftEpic.id],
    });
    await backlogItemsUseCases.create(ctx, {
      kind: 'epic',
      title: 'Nasjonal innlogging – første steg',
      roadmapElementIds: [withDraftEpic.id],
    });
    await roadmapElementsUseCases.create(ctx, { title: 'Ferdig beskrevet', overview: 'Alt er på plass.' });
    expect(await found(ctx, 'element-placeholders')).toEqual([
      '- Felles innlogging (overordnet beskrivelse: TBA; hvordan skal det fungere: tom seksjon)',
      '- Nasjonal datakatalog (epos «Draft epos 2»)',
    ]);
    expect(await found(ctx, 'element-placeholders', 'nn')).toEqual([
      '- Felles innlogging (overordna skildring: TBA; korleis skal det fungere: tom bolk)',
      '- Nasjonal datakatalog (epos «Draft epos 2»)',
    ]);
    expect(await found(ctx, 'element-placeholders', 'en')).toEqual([
      '- Felles innlogging (overview: TBA; how it works: empty section)',
      '- Nasjonal datakatalog (epic “Draft epos 2”)',
    ]);

    await roadmapElementsUseCases.update(ctx, draft.id, draft.version, {
      overview: 'Lansering i september.',
      howItWorks: '### Beskrivelse\nÉn innlogging.\n### Oppgaver\n- [ ] #12\n',
    });
    await backlogItemsUseCases.update(ctx, epic.id, epic.version, { title: 'Søk i datasett' });
    expect(await found(ctx, 'element-placeholders')).toEqual([]);
  });

  it('finds open elements and epics whose end has passed without delivery, until it is moved or delivered', async () => {
    const ctx = await freshContext(use());
    const late = await roadmapElementsUseCases.create(ctx, {
      title: 'Sent element',
      status: 'in-progress',
      startOn: '2026-01-01',
      endOn: '2026-06-01',
    });
    await roadmapElementsUseCases.create(ctx, { title: 'Levert', status: 'delivered', endOn: '2026-03-01' });
    await roadmapElementsUseCases.create(ctx, {
      title: 'Senere',
      status: 'in-progress',
      endOn: '2026-12-31',
    });
    await roadmapElementsUseCases.create(ctx, {
      title: 'Lukket',
      status: 'backlog',
      endOn: '2026-02-01',
      state: 'closed',
      stateReason: 'not-planned',
    });
    const lateEpic = await backlogItemsUseCases.create(ctx, {
      kind: 'epic',
      title: 'Sent epos',
      dueOn: '2026-05-15',
    });
    await backlogItemsUseCases.create(ctx, {
      kind: 'epic',
      title: 'Lukket epos',
      dueOn: '2026-01-01',
      state: 'closed',
      stateReason: 'completed',
    });
    expect(await itemsOf(ctx, 'overdue-end')).toEqual([
      {
        type: 'roadmap-element',
        id: late.id,
        ref: null,
        title: 'Sent element',
        detail: {
          nb: 'sluttdato 01.06.2026, 14 dager forsinket',
          nn: 'sluttdato 01.06.2026, 14 dagar forseinka',
          en: 'end 2026-06-01, 14 days overdue',
        },
      },
      {
        type: 'epic',
        id: lateEpic.id,
        ref: null,
        title: 'Sent epos',
        detail: {
          nb: 'frist 15.05.2026, 31 dager forsinket',
          nn: 'frist 15.05.2026, 31 dagar forseinka',
          en: 'due 2026-05-15, 31 days overdue',
        },
      },
    ]);

    await roadmapElementsUseCases.update(ctx, late.id, late.version, { endOn: '2026-09-30' });
    await backlogItemsUseCases.update(ctx, lateEpic.id, lateEpic.version, {
      state: 'closed',
      stateReason: 'completed',
    });
    expect(await found(ctx, 'overdue-end')).toEqual([]);
  });
});
