import { describe, expect, it } from 'vitest';
import { markFencedLines } from './markdown-fences';

const marks = (text: string) => markFencedLines(text.split('\n')).map((line) => [line.fence, line.info]);

describe('markFencedLines', () => {
  it('marks fences, their content and info string', () => {
    expect(marks('a\n```[tasklist]\n### Tasks\n```\nb')).toEqual([
      ['none', null],
      ['marker', '[tasklist]'],
      ['inside', '[tasklist]'],
      ['marker', '[tasklist]'],
      ['none', null],
    ]);
  });

  it('closes only with the same character, at least as long; an unclosed block runs to the end', () => {
    expect(marks('````Mermaid\n```\n~~~\n````\n~~~\nx')).toEqual([
      ['marker', 'mermaid'],
      ['inside', 'mermaid'],
      ['inside', 'mermaid'],
      ['marker', 'mermaid'],
      ['marker', ''],
      ['inside', ''],
    ]);
  });
});
