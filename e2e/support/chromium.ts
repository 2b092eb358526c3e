import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere on other machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}

/**
 * A browser suite. Without Chromium it is skipped with the reason printed, except with CI=true,
 * where every suite is mandatory and a missing browser fails the run.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (chromiumAvailable()) {
    describe(name, suite);
    return;
  }
  const reason = `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI === 'true') throw new Error(`CI=true and the browser tests cannot run: ${reason}`);
  console.warn(`Skipping browser tests "${name}": ${reason}`);
  describe.skip(`${name} — skipped: ${reason}`, suite);
}
