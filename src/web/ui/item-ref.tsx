import { Link } from '@digdir/designsystemet-react';
import { GITHUB_REF_PATTERN } from '../../contracts/github-ref';

/** The address of an issue given as "owner/repo#12", or null for any other reference. */
export function githubUrl(ref: string): string | null {
  const match = GITHUB_REF_PATTERN.exec(ref);
  if (!match) return null;
  const [, owner = '', repo = '', number = ''] = match;
  return `https://github.com/${owner}/${repo}/issues/${number}`;
}

/** A reference as people know it; a GitHub issue links to GitHub. */
export function ItemRef({ value }: { value: string | null }) {
  if (!value) return null;
  const url = githubUrl(value);
  return (
    <span className="item-ref">
      {url ? (
        <Link href={url} rel="noreferrer">
          {value}
        </Link>
      ) : (
        value
      )}
    </span>
  );
}
