// @vitest-environment jsdom
// React's act() needs to be told it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Markdown, markdownValue } from './markdown';
import { renderMarkdown } from './render-markdown';

/** The rendered HTML as a DOM fragment, to ask what it holds. */
function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const ATTACKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<div style="background:url(x)">x</div>',
  '<style>body{display:none}</style>',
  '<form action="https://evil.example"><input name=x></form>',
];

describe('renderMarkdown', () => {
  it('formats paragraphs, line breaks, emphasis, lists, links, code and tables', () => {
    const html = renderMarkdown(
      'Første linje\nandre linje\n\n**fet** og *kursiv*\n\n- en\n- to\n\n1. a\n2. b\n\n' +
        '[Lenke](https://example.no) `kode`\n\n> sitat\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    const root = dom(html);
    expect(root.querySelectorAll('p').length).toBeGreaterThanOrEqual(3);
    expect(root.querySelector('br')).not.toBeNull();
    expect(root.querySelector('strong')?.textContent).toBe('fet');
    expect(root.querySelector('em')?.textContent).toBe('kursiv');
    expect([...root.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['en', 'to']);
    expect(root.querySelectorAll('ol li').length).toBe(2);
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.no');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(root.querySelector('code')?.textContent).toBe('kode');
    expect(root.querySelector('blockquote')?.textContent?.trim()).toBe('sitat');
    expect(root.querySelectorAll('table td').length).toBe(2);
  });

  it('shows HTML in the text as text, never as markup', () => {
    for (const attack of ATTACKS) {
      const root = dom(renderMarkdown(`Før ${attack} etter`));
      expect(root.textContent, attack).toContain(attack);
      expect(root.querySelector('script, img, svg, iframe, style, form, input, div'), attack).toBeNull();
    }
    const block = dom(renderMarkdown('<script>alert(1)</script>\n\nTekst'));
    expect(block.textContent).toContain('<script>alert(1)</script>');
    expect(block.querySelector('script')).toBeNull();
  });

  it('leaves no event handler, style, class or script address on any element', () => {
    const tricky = [
      ...ATTACKS,
      '[klikk](javascript:alert(1))',
      '[klikk](JaVaScRiPt:alert(1))',
      '[klikk](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '![bilde](https://evil.example/pixel.png)',
      '![x](x" onerror="alert(1))',
      '<details open ontoggle=alert(1)>',
      '```html\n<script>alert(1)</script>\n```',
    ].join('\n\n');
    const root = dom(renderMarkdown(tricky));
    for (const element of root.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        expect(name.startsWith('on'), `${element.tagName} ${name}`).toBe(false);
        expect(['style', 'class', 'id'], `${element.tagName} ${name}`).not.toContain(name);
        if (name === 'href') expect(value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
    }
    expect(root.querySelector('img, script, details')).toBeNull();
    // The image is a link to where it is, never loaded.
    expect(root.querySelector('a[href="https://evil.example/pixel.png"]')?.textContent).toBe('bilde');
    // Code shows the HTML as it was written.
    expect(root.querySelector('pre code')?.textContent).toContain('<script>alert(1)</script>');
  });

  it('turns headings into bold paragraphs, so the page keeps its own outline', () => {
    const root = dom(renderMarkdown('# Tittel\n\n## Under'));
    expect(root.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    expect([...root.querySelectorAll('p > strong')].map((s) => s.textContent)).toEqual(['Tittel', 'Under']);
  });
});

describe('<Markdown>', () => {
  it('renders the sanitised HTML in a .markdown block', () => {
    const root = document.createElement('div');
    const react = createRoot(root);
    act(() => react.render(<Markdown text={'**Hei** <img src=x onerror=alert(1)>'} />));
    const block = root.querySelector('div.markdown');
    expect(block?.querySelector('strong')?.textContent).toBe('Hei');
    expect(block?.querySelector('img')).toBeNull();
    expect(block?.textContent).toContain('<img src=x onerror=alert(1)>');
    act(() => react.unmount());
  });

  it('gives no value for an empty text, so a field list says "not set"', () => {
    expect(markdownValue(null)).toBeNull();
    expect(markdownValue('  ')).toBeNull();
    expect(markdownValue('x')).not.toBeNull();
  });
});
