import type { ConnectionCheck } from '../../../contracts/github-sync';
import { formatFields, formatTable, show } from '../../output/table';
import { formatRate } from './format-rate';

/** Each source with whether the server's credentials reach it (and GitHub's word when not), and the budget. */
export function formatConnectionCheck(check: ConnectionCheck): string {
  const table = formatTable(
    [
      { header: 'SOURCE', value: (s: ConnectionCheck['sources'][number]) => s.source },
      { header: 'REACHABLE', value: (s) => (s.reachable ? 'yes' : 'NO') },
      { header: 'MESSAGE', value: (s) => show(s.message), maxWidth: 80 },
    ],
    check.sources,
  );
  return [
    check.sources.length > 0 ? table : 'The settings name no sources.',
    formatFields([['Rate budget', formatRate(check.rate)]]),
  ].join('\n\n');
}
