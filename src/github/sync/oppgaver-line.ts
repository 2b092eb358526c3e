import { parseRoadmapBody } from '../parse/parse-roadmap-body';

/**
 * The element's body with `- [ ] owner/repo#N` added to its *Oppgaver* list: at the end of the list
 * when there is one, else in a new section at the end. Answers the body unchanged when the epic is
 * listed already, so repeating the call adds nothing.
 */
export function withEpicInOppgaver(
  body: string | null,
  context: { owner: string; repo: string },
  epic: { owner: string; repo: string; number: number },
): string {
  const text = body ?? '';
  const listed = parseRoadmapBody(text, context).epics.some(
    (e) =>
      e.number === epic.number &&
      e.owner.toLowerCase() === epic.owner.toLowerCase() &&
      e.repo.toLowerCase() === epic.repo.toLowerCase(),
  );
  if (listed) return text;
  const line = `- [ ] ${epic.owner}/${epic.repo}#${epic.number}`;
  const lines = text.split(/\r?\n/);
  const heading = lines.findIndex((l) => /^\s*(#{1,6}\s*|\*\*)?\s*(oppgaver|tasks)\b/i.test(l));
  if (heading < 0) return `${text.trimEnd()}${text.trim() ? '\n\n' : ''}### Oppgaver\n${line}\n`;
  // The list runs from the heading to the next heading or the end.
  let end = heading + 1;
  while (end < lines.length && !/^\s*(#{1,6}\s|\*\*[^*]+\*\*\s*$)/.test(lines[end]!)) end += 1;
  let last = end - 1;
  while (last > heading && lines[last]!.trim() === '') last -= 1;
  lines.splice(last + 1, 0, line);
  return lines.join('\n');
}
