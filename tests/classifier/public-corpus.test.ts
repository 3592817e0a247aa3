/**
 * The published-descriptions corpus: every line of public.jsonl (evaluation) and public-tune.jsonl (tuning) is a
 * well-formed, traceable item, no text sits in both files, and from batch 2 on each URL's items are all in the file
 * its hash names, so nobody (the split script included) can have chosen which items the classifier is scored on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CorpusItem,
  itemProblems,
  parseJsonl,
  planSplit,
  PUBLIC_FILE,
  PUBLIC_TUNE_FILE,
  splitForUrl,
  type StagedItem,
} from '../../scripts/split-public.ts';

const publicLines = readFileSync(PUBLIC_FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const tuneLines = readFileSync(PUBLIC_TUNE_FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim());

describe('public corpus files', () => {
  it.each([
    ['public.jsonl', publicLines, 'public'],
    ['public-tune.jsonl', tuneLines, 'public-tune'],
  ])('%s: every line is valid JSON with the required fields and known labels', (_name, lines, split) => {
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const item = JSON.parse(line) as CorpusItem;
      // One first-batch page (samidare.jp) is served over plain http only; later batches must be https.
      const firstBatchHttp = (p: string) => item.batch === undefined && split === 'public' && p === `url is not https: ${item.url}`;
      expect(
        itemProblems(item).filter((p) => !(firstBatchHttp(p) && item.url.startsWith('http://'))),
        line,
      ).toEqual([]);
      expect(item.split, line).toBe(split);
      expect(item.seen, line).toMatch(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
    }
  });

  it('no text is in both files, and no text repeats within a file', () => {
    const norm = (l: string) => (JSON.parse(l) as CorpusItem).text.trim();
    const pub = publicLines.map(norm);
    const tune = tuneLines.map(norm);
    expect(new Set(pub).size).toBe(pub.length);
    expect(new Set(tune).size).toBe(tune.length);
    expect(pub.filter((t) => tune.includes(t))).toEqual([]);
  });

  it('batch 2 and every tuning item sit in the file their URL hash names', () => {
    const misplaced = [
      ...parseJsonl<CorpusItem>(publicLines.join('\n')).filter((i) => i.batch !== undefined && splitForUrl(i.url) !== 'public'),
      ...parseJsonl<CorpusItem>(tuneLines.join('\n')).filter((i) => splitForUrl(i.url) !== 'public-tune'),
    ].map((i) => i.url);
    expect(misplaced).toEqual([]);
  });

  it('no URL has items in both files', () => {
    const pubUrls = new Set(parseJsonl<CorpusItem>(publicLines.join('\n')).map((i) => i.url));
    const shared = parseJsonl<CorpusItem>(tuneLines.join('\n')).filter((i) => pubUrls.has(i.url));
    expect(shared.map((i) => i.url)).toEqual([]);
  });
});

describe('split script', () => {
  const item = (over: Partial<StagedItem> = {}): StagedItem => ({
    text: 'the hands have six fingers',
    lang: 'en',
    modes: ['anatomy'],
    tags: ['single'],
    url: 'https://example.org/a',
    ...over,
  });

  it('routes by the first hex digit of sha256(url)', () => {
    // sha256("abc") = ba7816bf..., sha256("") = e3b0c442..., sha256("a") = ca978112..., sha256("hello") = 2cf24dba...
    expect(splitForUrl('abc')).toBe('public-tune');
    expect(splitForUrl('')).toBe('public-tune');
    expect(splitForUrl('hello')).toBe('public');
  });

  it('sends all excerpts of one page to the same file and stamps seen and batch', () => {
    const url = 'https://example.org/thread/1';
    const plan = planSplit(
      [item({ url }), item({ url, text: 'the face turns into someone else', modes: ['identity'] })],
      [],
      [],
      '2026-12-07',
    );
    expect(plan.errors).toEqual([]);
    const side = splitForUrl(url) === 'public' ? plan.public : plan.tune;
    expect(side).toHaveLength(2);
    expect(plan.public.length + plan.tune.length).toBe(2);
    expect(side[0]).toMatchObject({ seen: '2026-12-07', batch: 2, split: splitForUrl(url) });
  });

  it('refuses a text already in either file, a repeated staged text and a first-batch URL', () => {
    const old: CorpusItem = { ...item(), url: 'https://example.org/old', split: 'public', seen: '2026-12-06' };
    const tuned: CorpusItem = { ...item({ text: 'colours flicker' }), split: 'public-tune', seen: '2026-12-07', batch: 2 };
    const plan = planSplit(
      [item({ url: 'https://example.org/b' }), item({ text: 'colours flicker', modes: ['color'] }), item({ text: 'new', url: old.url })],
      [old],
      [tuned],
      '2026-12-07',
    );
    expect(plan.errors).toHaveLength(3);
    expect(plan.errors.join('\n')).toMatch(/line 1: text already/);
    expect(plan.errors.join('\n')).toMatch(/line 2: text already/);
    expect(plan.errors.join('\n')).toMatch(/line 3: URL already used by the first public batch/);
  });

  it('stamps the batch it is given and refuses a URL of another numbered batch, not more excerpts of its own', () => {
    const round2: CorpusItem = { ...item({ url: 'https://example.org/r2' }), split: 'public', seen: '2026-12-07', batch: 2 };
    const round3: CorpusItem = {
      ...item({ text: 'the sign is gibberish', url: 'https://example.org/r3' }),
      split: 'public',
      seen: '2026-12-07',
      batch: 3,
    };
    const plan = planSplit(
      [item({ text: 'extra toes', url: round2.url }), item({ text: 'the logo melts', modes: ['text'], url: round3.url })],
      [round2, round3],
      [],
      '2026-12-07',
      3,
    );
    expect(plan.errors).toEqual(['staged line 1: URL already used by another batch']);
    expect([...plan.public, ...plan.tune].map((i) => i.batch)).toEqual([3, 3]);
    expect(planSplit([item({ text: 'extra toes', url: round2.url })], [round2], [], '2026-12-07').errors).toEqual([]);
  });

  it('rejects labels that disagree with their tags, unknown values and non-https URLs', () => {
    expect(itemProblems(item())).toEqual([]);
    expect(itemProblems(item({ tags: ['multi'] }))).toContain('multi needs two or more modes');
    expect(itemProblems(item({ tags: ['vague'] }))).toContain('vague names no mode');
    expect(itemProblems(item({ modes: [], tags: ['hard'] }))).toContain('hard tag and hard kinds go together');
    expect(itemProblems(item({ modes: [], tags: ['hard'], hard: ['exploded'] }))).toContain('bad hard kinds ["exploded"]');
    expect(itemProblems(item({ lang: 'it' }))).toContain('unknown lang it');
    expect(itemProblems(item({ modes: ['hands'] }))).toContain('unknown mode in ["hands"]');
    expect(itemProblems(item({ url: 'http://example.org/' }))).toContain('url is not https: http://example.org/');
  });
});
