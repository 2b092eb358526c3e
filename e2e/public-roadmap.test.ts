import { expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { DEMO_ORG } from './support/demo-database';
import { screenshot, seriousAxeViolations } from './support/page-checks';

describeInBrowser('public roadmap page', () => {
  const app = useBrowserApp();

  it('tells a visitor when the organisation has published no roadmap (the default)', async () => {
    const organisation = await app.server().api.getOrganisation();
    expect(organisation.publicRoadmap.enabled).toBe(false);
    const page = await app.open(`/offentlig/${DEMO_ORG}`, { as: 'signed-out', expectedErrors: /404/ });
    await page.getByRole('heading', { level: 1, name: 'Ikke noe offentlig veikart' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/offentlig/${DEMO_ORG}`);
    expect(await page.locator('main').innerText()).toContain(
      `Organisasjonen «${DEMO_ORG}» har ikke publisert et offentlig veikart.`,
    );
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(new URL('/offentlig/finnes-ikke', app.server().url).href);
    await page.getByText('Organisasjonen «finnes-ikke» har ikke publisert et offentlig veikart.').waitFor();
  });

  it('shows the published initiatives and roadmap elements, with only the public fields, to anyone', async () => {
    const { api } = app.server();
    const before = await api.getOrganisation();
    await api.updateOrganisation({
      publicRoadmap: {
        enabled: true,
        initiativeFields: ['phase', 'description', 'progress'],
        elementFields: ['status', 'startOn', 'endOn', 'overview'],
      },
    });
    try {
      const roadmap = await api.accounts.publicRoadmap(DEMO_ORG);
      expect(roadmap.initiatives.length, 'the demo has initiatives to publish').toBeGreaterThan(0);
      const page = await app.open(`/offentlig/${DEMO_ORG}`, { as: 'signed-out' });
      await page
        .getByRole('heading', { level: 1, name: `Veikart for ${roadmap.organisation.name}` })
        .waitFor();
      expect(await page.getByRole('navigation').count()).toBe(0);

      const articles = page.locator('.public-initiative');
      expect(await articles.count()).toBe(roadmap.initiatives.length);
      for (const initiative of roadmap.initiatives.slice(0, 5)) {
        const article = page.locator(`.public-initiative[data-key="${initiative.key}"]`);
        const text = await article.innerText();
        expect(text).toContain(initiative.title);
        const elements = roadmap.elements.filter((element) => element.initiativeIds.includes(initiative.id));
        for (const element of elements) expect(text).toContain(element.title);
      }
      // Only the published fields are labelled, whatever the answer holds: nothing else slips in.
      const labels = new Set(await page.locator('main dt').allInnerTexts());
      expect([...labels].sort()).toEqual(
        ['Beskrivelse av tiltaket', 'Fase', 'Fremdrift', 'Oversikt', 'Slutt', 'Start', 'Status', 'Produkt']
          .filter((label) => labels.has(label))
          .sort(),
      );
      expect(labels.has('Beskrivelse av tiltaket')).toBe(true);
      expect(labels.has('Fremdrift')).toBe(true);
      for (const unpublished of ['Problemstilling', 'Helse', 'Milepæl', 'Forventet resultat']) {
        expect(labels.has(unpublished), unpublished).toBe(false);
      }
      await screenshot(page, 'public-roadmap');
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await api.updateOrganisation({ publicRoadmap: before.publicRoadmap });
    }
  });
});
