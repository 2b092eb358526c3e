import { useTranslation } from 'react-i18next';
import type { RateState, SyncReport } from '../../../contracts/github-sync';
import { useFormat } from '../../i18n/format';
import { FieldList } from '../../ui/field-list';

/** What is left of GitHub's rate limits, REST and GraphQL each, and when each is renewed. */
export function RateBudget({ rate }: { rate: SyncReport['rate'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const left = (state: RateState | undefined) =>
    state
      ? t('githubSync.rate.left', {
          remaining: format.number(state.remaining),
          limit: format.number(state.limit),
          resetAt: format.dateTime(state.resetAt),
        })
      : t('githubSync.rate.unknown');
  return (
    <FieldList
      items={[
        { label: t('githubSync.rate.core'), value: left(rate.core) },
        { label: t('githubSync.rate.graphql'), value: left(rate.graphql) },
      ]}
    />
  );
}
