import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the built index.html makes the browser load before the first page can run: its scripts. */
export interface FirstPageScripts {
  files: { path: string; gzipBytes: number }[];
  gzipBytes: number;
}

/**
 * The JavaScript of the first page, gzipped as a server would send it: the entry script and the modules
 * index.html preloads, plus the messages of the default language, which the entry loads before rendering.
 */
export function firstPageScripts(webRoot: string): FirstPageScripts {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const entry = referenced.find((path) => /assets\/index-[^/]+\.js$/.test(path));
  if (!entry) throw new Error('index.html names no entry script');
  // The language chunk's name as the entry imports it, e.g. "./nb-AbC123.js".
  const language = /["'`]\.\/(nb-[\w-]+\.js)["'`]/.exec(readFileSync(join(webRoot, entry), 'utf8'))?.[1];
  if (!language) throw new Error('the entry script does not load the bokmål messages');
  const files = [...referenced, `assets/${language}`].map((path) => ({
    path,
    gzipBytes: gzipSync(readFileSync(join(webRoot, path))).length,
  }));
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
