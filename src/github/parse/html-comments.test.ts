import { describe, expect, it } from 'vitest';
import { withoutHtmlComments } from './html-comments';

describe('withoutHtmlComments', () => {
  it('removes comments over several lines, and an unclosed one to the end', () => {
    expect(withoutHtmlComments('a<!-- x\ny -->b<!-- z -->c')).toBe('abc');
    expect(withoutHtmlComments('a\n<!-- uten slutt\nb')).toBe('a\n');
  });

  it('leaves text without comments alone', () => {
    expect(withoutHtmlComments('a < b -- c > d')).toBe('a < b -- c > d');
  });
});
