/**
 * `tsx scripts/split-public.ts <staging.jsonl> [--seen=YYYY-MM-DD] [--batch=N]`: appends published descriptions to the public
 * corpus, each to the file its URL's hash names. The URL decides, not the person writing the labels, so nobody can
 * steer hard or easy items into the evaluation split, and every excerpt of one page lands in the same file (two
 * excerpts of a page share wording and would leak from the tuning file into the evaluation file).
 *
 * sha256(url), first hex digit 0-5: tests/fixtures/classifier/public.jsonl (evaluation, `"split": "public"`);
 * 6-f: tests/fixtures/classifier/public-tune.jsonl (`"split": "public-tune"`, the classifier may be tuned on it).
 * Refuses the whole batch (writes nothing) if any item is malformed, repeats a text already in either file, or
 * reuses a URL of the first public batch (those 84 items predate the rule, so their URLs may sit on either side) or
 * of another numbered batch (each round reads new pages; more excerpts of a page may join only its own batch).
 * `--batch` (default 2, the first hash-split round) stamps the round's number on every appended item.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { QUALITY_MODE_IDS } from '../src/modes/types.ts';
import { HARD_FAILURE_KINDS } from '../src/shared/generation.ts';

export type PublicSplit = 'public' | 'public-tune';

export interface StagedItem {
  text: string;
  lang: string;
  modes: string[];
  tags: string[];
  url: string;
  hard?: string[];
}

export interface CorpusItem extends StagedItem {
  split: string;
  seen: string;
  batch?: number;
}

export const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'ja'] as const;
export const TAGS = ['single', 'multi', 'vague', 'preserved', 'hard', 'quoted-in-issue'] as const;
export const BATCH = 2;

export const PUBLIC_FILE = new URL('../tests/fixtures/classifier/public.jsonl', import.meta.url);
export const PUBLIC_TUNE_FILE = new URL('../tests/fixtures/classifier/public-tune.jsonl', import.meta.url);

/** The file a URL's items belong in: first hex digit of sha256(url), 0-5 evaluation, 6-f tuning. */
export function splitForUrl(url: string): PublicSplit {
  const first = createHash('sha256').update(url, 'utf8').digest('hex').charAt(0);
  return '012345'.includes(first) ? 'public' : 'public-tune';
}

/** What is wrong with one staged item, in words; empty when it is well formed and its labels agree with its tags. */
export function itemProblems(item: StagedItem): string[] {
  const p: string[] = [];
  if (typeof item.text !== 'string' || !item.text.trim()) p.push('text is empty');
  if (!(LANGS as readonly string[]).includes(item.lang)) p.push(`unknown lang ${item.lang}`);
  if (!Array.isArray(item.modes) || item.modes.some((m) => !(QUALITY_MODE_IDS as readonly string[]).includes(m))) {
    p.push(`unknown mode in ${JSON.stringify(item.modes)}`);
  }
  if (!Array.isArray(item.tags) || !item.tags.length || item.tags.some((t) => !(TAGS as readonly string[]).includes(t))) {
    p.push(`bad tags ${JSON.stringify(item.tags)}`);
  }
  if (!/^https:\/\/[^\s]+$/.test(item.url ?? '')) p.push(`url is not https: ${item.url}`);
  const modes = item.modes ?? [];
  const tags = item.tags ?? [];
  // The kind tag and the number of modes must say the same thing, or the per-kind figures in eval mislead.
  if (tags.includes('single') && modes.length !== 1) p.push('single needs exactly one mode');
  if (tags.includes('multi') && modes.length < 2) p.push('multi needs two or more modes');
  for (const k of ['vague', 'preserved', 'hard']) if (tags.includes(k) && modes.length) p.push(`${k} names no mode`);
  if (tags.includes('hard') !== Array.isArray(item.hard)) p.push('hard tag and hard kinds go together');
  if (item.hard?.some((h) => !(HARD_FAILURE_KINDS as readonly string[]).includes(h)) || item.hard?.length === 0) {
    p.push(`bad hard kinds ${JSON.stringify(item.hard)}`);
  }
  return p;
}

export interface Plan {
  public: CorpusItem[];
  tune: CorpusItem[];
  errors: string[];
}

/** Decides where each staged item goes, given both files' current items; nothing is written here. */
export function planSplit(
  staged: StagedItem[],
  existingPublic: CorpusItem[],
  existingTune: CorpusItem[],
  seen: string,
  batch: number = BATCH,
): Plan {
  const plan: Plan = { public: [], tune: [], errors: [] };
  const existing = [...existingPublic, ...existingTune];
  const texts = new Set(existing.map((i) => i.text.trim()));
  const firstBatchUrls = new Set(existingPublic.filter((i) => i.batch === undefined).map((i) => i.url));
  const otherBatchUrls = new Set(existing.filter((i) => i.batch !== undefined && i.batch !== batch).map((i) => i.url));
  for (const [n, item] of staged.entries()) {
    const where = `staged line ${n + 1}`;
    for (const e of itemProblems(item)) plan.errors.push(`${where}: ${e}`);
    if (texts.has(item.text?.trim())) plan.errors.push(`${where}: text already in the corpus`);
    if (firstBatchUrls.has(item.url)) plan.errors.push(`${where}: URL already used by the first public batch`);
    else if (otherBatchUrls.has(item.url)) plan.errors.push(`${where}: URL already used by another batch`);
    texts.add(item.text?.trim());
    const split = splitForUrl(item.url ?? '');
    const out: CorpusItem = { text: item.text, lang: item.lang, modes: item.modes, tags: item.tags, split, url: item.url, seen };
    if (item.hard) out.hard = item.hard;
    out.batch = batch;
    (split === 'public' ? plan.public : plan.tune).push(out);
  }
  return plan;
}

export function parseJsonl<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function readItems(file: URL): CorpusItem[] {
  try {
    return parseJsonl<CorpusItem>(readFileSync(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

function main(argv: string[]): number {
  const file = argv.find((a) => !a.startsWith('--'));
  const seen = argv.find((a) => a.startsWith('--seen='))?.slice(7) ?? new Date().toISOString().slice(0, 10);
  const batchArg = argv.find((a) => a.startsWith('--batch='))?.slice(8) ?? String(BATCH);
  if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(seen) || !/^([2-9]|[1-9]\d+)$/.test(batchArg)) {
    console.error('usage: tsx scripts/split-public.ts <staging.jsonl> [--seen=YYYY-MM-DD] [--batch=N, N >= 2]');
    return 2;
  }
  const staged = parseJsonl<StagedItem>(readFileSync(file, 'utf8'));
  const plan = planSplit(staged, readItems(PUBLIC_FILE), readItems(PUBLIC_TUNE_FILE), seen, Number(batchArg));
  if (plan.errors.length) {
    for (const e of plan.errors) console.error(e);
    console.error(`nothing written: ${plan.errors.length} problem(s)`);
    return 1;
  }
  const lines = (items: CorpusItem[]) => items.map((i) => `${JSON.stringify(i)}\n`).join('');
  if (plan.public.length) appendFileSync(PUBLIC_FILE, lines(plan.public));
  if (plan.tune.length) appendFileSync(PUBLIC_TUNE_FILE, lines(plan.tune));
  console.log(`appended ${plan.public.length} to public.jsonl, ${plan.tune.length} to public-tune.jsonl`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
