import DOMPurify, { type Config } from 'dompurify';
import { Marked, type Tokens } from 'marked';

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * Markdown as people write it in a text field: paragraphs, line breaks, emphasis, lists, links,
 * quotes, code and tables. HTML written into the text is shown as the text it is, never as markup;
 * headings become bold paragraphs (the page has its own headings); images become links to them (the
 * Content Security Policy loads no image from elsewhere, and none is fetched behind the reader's back).
 */
const markdown = new Marked({ gfm: true, breaks: true, async: false }).use({
  renderer: {
    html({ text, block }: Tokens.HTML | Tokens.Tag) {
      const escaped = escapeHtml(block ? text.trim() : text);
      return block ? `<p>${escaped}</p>\n` : escaped;
    },
    heading({ tokens }: Tokens.Heading) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
    },
    image({ href, text }: Tokens.Image) {
      return `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`;
    },
  },
});

/**
 * What survives sanitising, whatever the Markdown produced: text-level and list markup, links with
 * safe addresses, tables. No script, no event handler, no style attribute (the strict CSP would refuse
 * it), no form control, no class that could borrow the app's own styles.
 */
const PURIFY: Config = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  ALLOWED_ATTR: ['href', 'title', 'align', 'start'],
  FORBID_ATTR: ['style', 'class', 'id'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

let purifier: ReturnType<typeof DOMPurify> | undefined;

/** A DOMPurify of its own (its hook touches no one else's), made on first use, when a window exists. */
function purify(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const made = DOMPurify(window);
  made.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href'))
      node.setAttribute('rel', 'noopener noreferrer nofollow');
  });
  purifier = made;
  return made;
}

/** Markdown to HTML that is safe to put into the page: sanitised after rendering, always. */
export function renderMarkdown(text: string): string {
  const html = markdown.parse(text, { async: false });
  return purify().sanitize(html, PURIFY);
}
