import { type HeadingAliases, headingKind } from './heading-kind';
import { TASKLIST_INFO, markFencedLines } from './markdown-fences';
import { normaliseHeading } from './markdown-sections';

const TITLE = /^ {0,3}#{1,6}\s*(.*?)\s*#*\s*$/;

type Tasklist = { title: string; lines: string[] };

/** The ```` ```[tasklist] ```` blocks of a text, each with the text of its `### Title` line. */
function tasklistsIn(text: string): Tasklist[] {
  const blocks: Tasklist[] = [];
  let current: Tasklist | null = null;
  for (const line of markFencedLines(text.split(/\r?\n/))) {
    if (line.info !== TASKLIST_INFO) continue;
    if (current === null) {
      current = { title: '', lines: [line.text] };
      continue;
    }
    current.lines.push(line.text);
    const title = TITLE.exec(line.text);
    if (line.fence === 'inside' && title && current.title === '') current.title = title[1] ?? '';
    if (line.fence === 'marker') {
      blocks.push(current);
      current = null;
    }
  }
  if (current !== null) blocks.push(current);
  return blocks;
}

/**
 * The checklist texts of each kind in a body's sections: a section whose heading names the kind
 * gives its whole text; in any other section, each tasklist block gives its text to the kind its
 * own title names (`### Avhengigheter` inside the block, as the roadmap's README asks), or else to
 * `fallback`: a tasklist tracked work on GitHub, whatever its title. So a block titled with GitHub's
 * default "Tasks" under an *Avhengigheter* heading stays a dependency.
 */
export function collectNamedChecklists<K extends string>(
  sections: ReadonlyMap<string, string>,
  aliases: HeadingAliases<K>,
  fallback: NoInfer<K> | null = null,
): Record<K, string[]> {
  const found = Object.fromEntries(Object.keys(aliases).map((kind) => [kind, []])) as unknown as Record<
    K,
    string[]
  >;
  for (const [key, text] of sections) {
    const kind = headingKind(key, aliases);
    if (kind !== null) {
      found[kind].push(text);
      continue;
    }
    for (const block of tasklistsIn(text)) {
      const blockKind = headingKind(normaliseHeading(block.title), aliases) ?? fallback;
      if (blockKind !== null) found[blockKind].push(block.lines.join('\n'));
    }
  }
  return found;
}
