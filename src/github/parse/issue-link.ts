import { withoutHtmlComments } from './html-comments';
import { TASKLIST_INFO, markFencedLines } from './markdown-fences';

/** An issue (or pull request) on GitHub, with owner and repository as written in the text. */
export type IssueLink = { owner: string; repo: string; number: number };

/** The repository a text lives in: a short `#12` means issue 12 there. */
export type RepoContext = { owner: string; repo: string };

// The same bounds as the contracts' GithubRefInputSchema, so every link found can be stored.
const NAME = '[A-Za-z0-9_.-]{1,100}';
const MAX_NUMBER = 10_000_000;
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * Any host, so GitHub Enterprise Server addresses count too; REST addresses
 * (`api.github.com/repos/o/r/issues/1`, `ghe/api/v3/repos/…`) name the same issue.
 */
const URL_REF = `https?://[A-Za-z0-9.-]+(?::\\d+)?/(?:api/v3/)?(?:repos/)?(${NAME})/(${NAME})/(?:issues|pulls?)/(\\d+)${NOT_WORD_AFTER}`;
// Not after a path, a word or a dot, so that `example.com/a/b#12` is not taken for `a/b#12`.
const FULL_REF = `(?<![\\p{L}\\p{N}_./-])(${NAME})/(${NAME})#(\\d+)${NOT_WORD_AFTER}`;
// Not after `&` (an HTML entity like `&#123;`), a word, a path or another `#`.
const SHORT_REF = `(?<![\\p{L}\\p{N}_./&#-])#(\\d+)${NOT_WORD_AFTER}`;

const ANY_REF = new RegExp(`${URL_REF}|${FULL_REF}|${SHORT_REF}`, 'gu');
const WHOLE_REF = new RegExp(`^(?:${URL_REF}(?:[/?#]\\S*)?|${FULL_REF}|${SHORT_REF})$`, 'u');

const MARKDOWN_LINK = /\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"\n]*")?\s*\)/g;
const INLINE_CODE = /`[^`\n]*`/g;

function linkOf(groups: ReadonlyArray<string | undefined>, context: RepoContext): IssueLink | null {
  const [, urlOwner, urlRepo, urlNumber, owner, repo, number, shortNumber] = groups;
  const link =
    urlOwner && urlRepo && urlNumber
      ? { owner: urlOwner, repo: urlRepo, number: Number(urlNumber) }
      : owner && repo && number
        ? { owner, repo, number: Number(number) }
        : shortNumber
          ? { owner: context.owner, repo: context.repo, number: Number(shortNumber) }
          : null;
  if (link === null || link.number < 1 || link.number > MAX_NUMBER) return null;
  return link;
}

/**
 * What GitHub would link in a text: not inside code blocks or code spans (a Mermaid chart's `#12` is
 * no reference) and not in comments; a Markdown link counts by its address, not its label. The
 * retired ```` ```[tasklist] ```` blocks are the exception: GitHub rendered their items as links.
 */
function linkableText(text: string): string {
  const lines = markFencedLines(withoutHtmlComments(text).split(/\r?\n/));
  return lines
    .map((line) =>
      line.fence === 'none' || (line.fence === 'inside' && line.info === TASKLIST_INFO) ? line.text : '',
    )
    .join('\n')
    .replace(INLINE_CODE, ' ')
    .replace(MARKDOWN_LINK, ' $1 ');
}

const keyOf = (link: IssueLink): string => `${link.owner}/${link.repo}#${link.number}`.toLowerCase();

/**
 * The one issue a whole text names (surrounding space and `<…>` allowed): a URL on any host
 * (`/issues/N` or `/pull/N`, anchors and queries after it allowed), `owner/repo#N`, or `#N` in the
 * context's repository. Null when the text is anything more or less than one reference.
 */
export function parseIssueReference(text: string, context: RepoContext): IssueLink | null {
  const trimmed = text.trim().replace(/^<(.*)>$/, '$1');
  const match = WHOLE_REF.exec(trimmed);
  return match ? linkOf(match, context) : null;
}

/** Every issue a text refers to, in order of first mention, each once (compared case-insensitively). */
export function findIssueReferences(text: string, context: RepoContext): IssueLink[] {
  const seen = new Set<string>();
  const links: IssueLink[] = [];
  for (const match of linkableText(text).matchAll(ANY_REF)) {
    const link = linkOf(match, context);
    if (link === null || seen.has(keyOf(link))) continue;
    seen.add(keyOf(link));
    links.push(link);
  }
  return links;
}
