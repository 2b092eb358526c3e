import type { TFunction } from 'i18next';
import type { Formatters } from '../../i18n/format';

/** Detail keys the services record (services/accounts), each with words in every language. */
export const DETAIL_KEYS = [
  'provider',
  'isAdmin',
  'disabled',
  'tokenId',
  'name',
  'scope',
  'expiresAt',
  'reason',
  'sessions',
  'before',
  'after',
  'role',
  'personId',
] as const;
type DetailKey = (typeof DETAIL_KEYS)[number];

const isDetailKey = (key: string): key is DetailKey => (DETAIL_KEYS as readonly string[]).includes(key);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ROLES = [
  'none',
  'reader',
  'contributor',
  'product-owner',
  'portfolio-office',
  'portfolio-manager',
  'admin',
];
const SCOPES = ['read', 'write', 'admin'];

/**
 * One detail of an account event in the reader's words: known keys named, roles and scopes translated,
 * times as dates, yes and no as words, ids shortened, nested before/after spelled out.
 */
export function describeDetail(t: TFunction, format: Formatters, key: string, value: unknown): string {
  const label = isDetailKey(key) ? t(`admin.log.detailKeys.${key}`) : key;
  return `${label}: ${describeValue(t, format, key, value)}`;
}

function describeValue(t: TFunction, format: Formatters, key: string, value: unknown): string {
  if (value === null || value === undefined) return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') {
    if (key === 'role' && ROLES.includes(value)) return t(`roles.${value as 'reader'}`);
    if (key === 'scope' && SCOPES.includes(value)) return t(`tokens.scopes.${value as 'read'}`);
    if (TIMESTAMP.test(value)) return format.dateTime(value);
    if (key === 'tokenId' || key === 'personId') return value.slice(0, 8);
    return value;
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([inner, innerValue]) => describeDetail(t, format, inner, innerValue))
      .join(', ');
  }
  return JSON.stringify(value);
}
