import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout's root folder, found from wherever this code runs: src/ under tsx, or the bundle in
 * dist/server that `npm start` runs. Files outside the code (migrations, the built web app) hang off it.
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'rodtrad'
    ) {
      return dir;
    }
  }
  throw new Error(`cannot find the rodtrad package root above ${from}`);
}
