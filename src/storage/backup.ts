import { z } from 'zod';
import { type ClaimImportNote, checkImportedClaim } from '../claims/recipients.ts';
import type { Claim } from '../claims/ledger.ts';
import { mediaMatches, providerById } from '../providers/index.ts';
import { addedSitesItem, originPattern } from './added-sites.ts';
import { fitBudget, GENERATIONS_KEY_PREFIX, generationsItemFor, providerOfKey } from './generations.ts';
import {
  allowedMediaHostsItem,
  balancesItem,
  casesItem,
  claimsItem,
  legacyGenerationsItem,
  profileItem,
  type StoredGeneration,
} from './items.ts';
import { decode, type Envelope, type ItemSpec } from './store.ts';
import { t } from '../shared/i18n.ts';

/**
 * What a backup holds: every local item that is the person's (evidence images stay out: they are large), including
 * the sites they added and the video hosts they allowed: both are choices they made and would otherwise redo by hand.
 */
const SPECS: readonly ItemSpec<unknown>[] = [
  profileItem,
  casesItem,
  claimsItem,
  balancesItem,
  addedSitesItem,
  allowedMediaHostsItem,
] as readonly ItemSpec<unknown>[];

/** The backup format this AVA writes; readBackup still reads every older one (see `upgrade`). */
export const BACKUP_VERSION = 2;

/** A granted optional host permission as Chrome reports it: one https host, whole site ("https://x.example/*"). */
const GRANT = /^https:\/\/[a-z0-9.-]{1,253}\/\*$/;

/**
 * A backup is read whole into memory: larger than everything chrome.storage.local can hold (10 MiB) plus JSON's
 * pretty-printing, it cannot be AVA's, and reading it could only stall the page.
 */
export const MAX_BACKUP_BYTES = 16 * 1024 * 1024;

const Items = z.record(z.string(), z.object({ v: z.number().int().positive(), data: z.unknown() }));
const BackupSchema = z.discriminatedUnion('version', [
  // v1: items only. v2 adds the host permissions the person had granted, which only they can grant again.
  z.object({ format: z.literal('ava-backup'), version: z.literal(1), exportedAt: z.string(), items: Items }),
  z.object({
    format: z.literal('ava-backup'),
    version: z.literal(2),
    exportedAt: z.string(),
    items: Items,
    grantedOrigins: z.array(z.string().regex(GRANT)).max(200),
  }),
]);
type Backup = Extract<z.infer<typeof BackupSchema>, { version: 2 }>;

/** Any readable version, as the current one: a v1 backup simply had no granted hosts recorded. */
const upgrade = (b: z.infer<typeof BackupSchema>): Backup => (b.version === 1 ? { ...b, version: 2, grantedOrigins: [] } : b);

/**
 * Of Chrome's granted origins (permissions.getAll), the optional ones the person granted on a click: the providers'
 * media hosts and their added sites. Required hosts come with the extension and are left out.
 */
export function personGrants(origins: readonly string[], stored: Record<string, unknown>): string[] {
  const sites = decode(addedSitesItem, stored[addedSitesItem.key]).value;
  const optional = new Set([...mediaMatches(), ...Object.keys(sites).map(originPattern)]);
  return [...new Set(origins.filter((o) => optional.has(o) && GRANT.test(o)))].sort();
}

const isGenerationsKey = (k: string) =>
  k.startsWith(GENERATIONS_KEY_PREFIX) && providerById(k.slice(GENERATIONS_KEY_PREFIX.length)) !== undefined;

export function makeBackup(stored: Record<string, unknown>, now: Date, grantedOrigins: readonly string[] = []): string {
  const items: Record<string, unknown> = {};
  for (const spec of SPECS) if (stored[spec.key] !== undefined) items[spec.key] = stored[spec.key];
  for (const k of Object.keys(stored).filter(isGenerationsKey).sort()) items[k] = stored[k];
  const backup: Omit<Backup, 'items'> & { items: Record<string, unknown> } = {
    format: 'ava-backup',
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    items,
    grantedOrigins: [...grantedOrigins],
  };
  return JSON.stringify(backup, null, 2);
}

/**
 * What an import left out or kept against the rules, as data (the dashboard words it in the person's language,
 * storage/backup-words.ts): unreadable entries of one stored item, counted, and what checking the claims changed.
 */
export type ImportNote = { kind: 'entries'; item: string; count: number } | ClaimImportNote;

export interface ParsedBackup {
  /** Envelopes ready to write, already migrated to the current versions. */
  items: Record<string, Envelope>;
  /** Entries that could not be read and were left out (the rest still imports), recipients dropped or kept. */
  notes: ImportNote[];
  /** Host permissions the person had granted where the backup was made: listed for them to allow again, never requested. */
  regrant: string[];
}

function decodeOrRefuse<T>(spec: ItemSpec<T>, raw: unknown, notes: ImportNote[]): T {
  const r = decode(spec, raw);
  // A whole item this AVA cannot read refuses the file, in the person's words: store.ts's problem strings are for logs.
  if (r.problems.some((p) => /newer AVA/.test(p))) throw new Error(t('err_backup_newer'));
  if (r.problems.some((p) => /reset|no migration/.test(p))) throw new Error(t('err_backup_not_ava'));
  if (r.dropped?.length) notes.push({ kind: 'entries', item: spec.key, count: r.dropped.length });
  return r.value;
}

/**
 * Check a backup file completely before anything is written: a file that is not an AVA backup is refused with a
 * clear message, so an import can never half-replace what the person has. Claims keep only documented recipients
 * (claims/recipients.ts); generations go to their provider's item within its byte budget.
 */
export function readBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) throw new Error(t('err_backup_too_large', String(MAX_BACKUP_BYTES / 1024 / 1024)));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(t('err_backup_not_json'));
  }
  const result = BackupSchema.safeParse(json);
  // zod's detail ("format: Invalid input") is English and means nothing to the person: one plain, localized sentence.
  if (!result.success) throw new Error(t('err_backup_not_ava'));
  const parsed = { data: upgrade(result.data) };
  const items: Record<string, Envelope> = {};
  const notes: ImportNote[] = [];
  for (const spec of SPECS) {
    const raw = parsed.data.items[spec.key];
    if (raw === undefined) continue;
    let value = decodeOrRefuse(spec, raw, notes);
    if (spec.key === claimsItem.key) {
      value = Object.fromEntries(
        Object.entries(value as Record<string, Claim>).map(([id, c]) => {
          const checked = checkImportedClaim(c, providerById(c.provider));
          notes.push(...checked.notes);
          return [id, checked.claim];
        }),
      );
    }
    items[spec.key] = { v: spec.version, data: value };
  }
  // Generations: per provider (v1 backups had them all under `generations`), only under their own provider's key.
  const gens = new Map<string, Record<string, StoredGeneration>>();
  const add = (entries: Record<string, StoredGeneration>) => {
    for (const [k, e] of Object.entries(entries)) {
      const p = providerOfKey(k);
      if (p && p === e.g.provider && k === `${p}:${e.g.id}` && providerById(p)) gens.set(p, { ...gens.get(p), [k]: e });
    }
  };
  const legacy = parsed.data.items[legacyGenerationsItem.key];
  if (legacy !== undefined) add(decodeOrRefuse(legacyGenerationsItem, legacy, notes));
  for (const [k, raw] of Object.entries(parsed.data.items))
    if (isGenerationsKey(k)) add(decodeOrRefuse(generationsItemFor(k.slice(GENERATIONS_KEY_PREFIX.length)), raw, notes));
  for (const [p, entries] of gens) items[generationsItemFor(p).key] = { v: legacyGenerationsItem.version, data: fitBudget(entries) };
  return { items, notes, regrant: parsed.data.grantedOrigins };
}
