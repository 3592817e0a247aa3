import { z } from 'zod';
import { balancesItem, casesItem, claimsItem, generationsItem, profileItem } from './items.ts';
import { decode, type Envelope, type ItemSpec } from './store.ts';
import { t } from '../shared/i18n.ts';

/** What a backup holds: every local item that is the person's (evidence images stay out: they are large). */
const SPECS: readonly ItemSpec<unknown>[] = [profileItem, generationsItem, casesItem, claimsItem, balancesItem] as readonly ItemSpec<unknown>[];

const BackupSchema = z.object({
  format: z.literal('ava-backup'),
  version: z.literal(1),
  exportedAt: z.string(),
  items: z.record(z.string(), z.object({ v: z.number().int().positive(), data: z.unknown() })),
});

export function makeBackup(stored: Record<string, unknown>, now: Date): string {
  const items: Record<string, unknown> = {};
  for (const spec of SPECS) if (stored[spec.key] !== undefined) items[spec.key] = stored[spec.key];
  return JSON.stringify({ format: 'ava-backup', version: 1, exportedAt: now.toISOString(), items }, null, 2);
}

export interface ParsedBackup {
  /** Envelopes ready to write, already migrated to the current versions. */
  items: Record<string, Envelope>;
  /** Entries that could not be read and were left out (the rest still imports). */
  problems: string[];
}

/**
 * Check a backup file completely before anything is written: a file that is not an AVA backup is refused with a
 * clear message, so an import can never half-replace what the person has.
 */
export function readBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(t('err_backup_not_json'));
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(t('err_backup_not_ava', i ? `${i.path.join('.') || 'file'}: ${i.message}` : 'unknown format'));
  }
  const items: Record<string, Envelope> = {};
  const problems: string[] = [];
  for (const spec of SPECS) {
    const raw = parsed.data.items[spec.key];
    if (raw === undefined) continue;
    const r = decode(spec, raw);
    if (r.problems.some((p) => /reset|newer AVA|no migration/.test(p))) throw new Error(t('err_backup_item', spec.key, r.problems[0] ?? ''));
    problems.push(...r.problems);
    items[spec.key] = { v: spec.version, data: r.value };
  }
  return { items, problems };
}
