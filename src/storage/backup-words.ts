/**
 * What an import did, in the person's language: the sentence the dashboard shows after reading a backup, built from
 * storage keys and readBackup's notes (data), never from English log lines. Pure apart from t() (chrome.i18n).
 */
import { providerById } from '../providers/index.ts';
import { type MessageKey, t } from '../shared/i18n.ts';
import type { ImportNote } from './backup.ts';
import { GENERATIONS_KEY_PREFIX } from './generations.ts';

const ITEM_WORDS: Record<string, MessageKey> = {
  profile: 'options_privacy_item_profile',
  cases: 'options_privacy_item_cases',
  claims: 'options_privacy_item_claims',
  balances: 'options_privacy_item_balances',
  addedSites: 'options_privacy_item_sites',
  allowedMediaHosts: 'options_privacy_item_media_hosts',
  // Backups from before generations were kept per provider held them all under one key.
  generations: 'options_privacy_item_generations_any',
};

const providerName = (id: string) => providerById(id)?.name ?? id;

/** One stored item in words ("claims", "generations from Runway"), not its key. */
function itemWords(key: string): string {
  if (key.startsWith(GENERATIONS_KEY_PREFIX))
    return t('options_privacy_item_generations', providerName(key.slice(GENERATIONS_KEY_PREFIX.length)));
  return ITEM_WORDS[key] ? t(ITEM_WORDS[key]) : key;
}

/** What an import brought in, in words ("account details, claims, generations from Runway"), not storage keys. */
export function importedWords(keys: readonly string[]): string {
  const providers = keys
    .filter((k) => k.startsWith(GENERATIONS_KEY_PREFIX))
    .map((k) => providerName(k.slice(GENERATIONS_KEY_PREFIX.length)));
  const words = keys.filter((k) => !k.startsWith(GENERATIONS_KEY_PREFIX)).map(itemWords);
  return [...words, ...(providers.length ? [t('options_privacy_item_generations', providers.join(', '))] : [])].join(', ');
}

/** One thing left out; undefined for a note that left nothing out (a recipient the person typed is kept). */
function leftOutPhrase(n: ImportNote): string | undefined {
  switch (n.kind) {
    case 'entries':
      // One whole phrase per count (chrome.i18n has no plurals), so a translator can word each.
      return n.count === 1
        ? t('options_privacy_left_entry_one', itemWords(n.item))
        : t('options_privacy_left_entry_many', itemWords(n.item), n.count);
    case 'recipient-dropped':
      return t('options_privacy_left_recipient', n.to, providerName(n.provider));
    case 'page-dropped':
      return t('options_privacy_left_page', n.url, providerName(n.provider));
    case 'recipient-kept':
      return undefined;
  }
}

/** The sentence after an import: what came in, what was left out, and any recipient kept because the person typed it. */
export function importSummary(keys: readonly string[], notes: readonly ImportNote[]): string {
  const names = importedWords(keys);
  const left = notes.map(leftOutPhrase).filter((p): p is string => p !== undefined);
  // A semicolon between the phrases: a comma already separates words inside them ("generations from Runway, Kling").
  const list = left.join('; ');
  const done = names
    ? left.length
      ? t('options_privacy_imported_partly', names, list)
      : t('options_privacy_imported', names)
    : left.length
      ? t('options_privacy_imported_nothing', list)
      : t('options_privacy_imported_empty');
  const kept = notes.flatMap((n) => (n.kind === 'recipient-kept' ? [t('options_privacy_kept_recipient', n.to)] : []));
  return [done, ...kept].join(' ');
}
