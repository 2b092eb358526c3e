import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { BacklogRef } from '../../../contracts/organisation';

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** Where a backlog can be opened: a GitHub repository by owner/repo, anything given as a web address. */
export function backlogUrl(backlog: BacklogRef): string | null {
  if (/^https?:\/\//.test(backlog.ref)) return backlog.ref;
  if (backlog.kind === 'github-repository' && REPOSITORY.test(backlog.ref))
    return `https://github.com/${backlog.ref}`;
  return null;
}

/** A team's backlogs: what kind each is, and a link where it can be opened. */
export function BacklogList({ backlogs }: { backlogs: BacklogRef[] }) {
  const { t } = useTranslation();
  if (backlogs.length === 0)
    return <Paragraph className="not-set">{t('organisation.team.noBacklogs')}</Paragraph>;
  return (
    <ul className="plain-list backlog-list">
      {backlogs.map((backlog) => {
        const url = backlogUrl(backlog);
        return (
          <li key={`${backlog.kind}:${backlog.ref}`}>
            <span className="subtle">{t(`organisation.backlogKind.${backlog.kind}`)}:</span>{' '}
            {url ? (
              <Link href={url} rel="noreferrer">
                {backlog.ref}
              </Link>
            ) : (
              backlog.ref
            )}
          </li>
        );
      })}
    </ul>
  );
}
