import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const SCREENSHOTS = resolve(import.meta.dirname, '../../screenshots');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical WCAG 2.1 A/AA violations on the page, one readable line per failing element. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // A dialog fading in is half transparent: its colours are judged once it has finished appearing.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`));
}

/** Saves a full-page screenshot to screenshots/<name>.png (gitignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** True when the page is wider than the window, i.e. the reader must scroll sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The two window sizes every page is looked at in: a laptop and a phone. */
export const SCREEN_SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * Screenshots of the page at the laptop and the phone size, to screenshots/<name>-laptop.png and
 * <name>-phone.png; answers the sizes at which the page scrolls sideways (none, on a page that works
 * on a phone). The window is left at the laptop size.
 */
export async function screenshotAtBothSizes(page: Page, name: string): Promise<string[]> {
  const sideways: string[] = [];
  for (const size of [...SCREEN_SIZES].reverse()) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Let layout settle after the resize (media queries, virtualised lists).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    await screenshot(page, `${name}-${size.name}`);
    if (await scrollsSideways(page)) sideways.push(size.name);
  }
  return sideways;
}
