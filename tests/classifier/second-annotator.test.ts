import { describe, expect, it } from 'vitest';
import { QUALITY_MODE_IDS } from '../../src/modes/types.ts';
import { agreement, loadSecond, textSha } from './second-annotator.ts';
import { type Labelled, loadLabelled, loadPublicTune, PUBLIC_PATH } from './metrics.ts';

const second = loadSecond();

describe('the second annotator’s labels', () => {
  it.each([
    ['public', () => loadLabelled(PUBLIC_PATH), 717],
    ['public-tune', loadPublicTune, 991],
  ] as const)('%s: each row names exactly one item, and the first %i items are each read once', (split, load, n) => {
    const items = load();
    const rows = second.filter((s) => s.split === split);
    expect(rows).toHaveLength(n);
    const shas = items.map((i) => textSha(i.text));
    for (const row of rows) expect(shas.filter((s) => s === row.sha)).toHaveLength(1);
    // The annotator read the split as it stood: its first n items, each once.
    expect(new Set(rows.map((r) => r.sha))).toEqual(new Set(shas.slice(0, n)));
  });

  it('every label is a mode, a kind that fits its modes, and hard kinds only on hard items', () => {
    for (const s of second) {
      for (const m of [...s.modes, ...(s.alt ?? [])]) expect(QUALITY_MODE_IDS).toContain(m);
      if (s.kind === 'single') expect(s.modes).toHaveLength(1);
      if (s.kind === 'multi') expect(s.modes.length).toBeGreaterThan(1);
      if (s.kind === 'vague' || s.kind === 'preserved') expect(s.modes).toEqual([]);
      expect(s.kind === 'hard').toBe(s.hard !== undefined && s.hard.length > 0);
    }
  });
});

describe('agreement()', () => {
  const item = (text: string, modes: Labelled['modes'], hard?: Labelled['hard']): Labelled => ({
    text,
    lang: 'en',
    modes,
    tags: [],
    split: 'public',
    ...(hard ? { hard } : {}),
  });
  const items = [
    item('the hands have six fingers', ['anatomy']),
    item('the cup melts into the table', ['physics']),
    item('the generation is stuck at 99%', [], ['stuck']),
  ];

  it('counts where two readings agree, and scores the classifier against each and either', () => {
    const a = agreement(items, [
      { split: 'public', sha: textSha(items[0]!.text), modes: ['anatomy'], kind: 'single' },
      { split: 'public', sha: textSha(items[1]!.text), modes: ['color'], kind: 'single' },
      { split: 'public', sha: textSha(items[2]!.text), modes: [], kind: 'hard', hard: ['stuck', 'generation_error'] },
    ]);
    expect(a).toMatchObject({ items: 3, agreed: 2, singles: 2, singlesSame: 1 });
    // The classifier reads the cup as physics: right by the first labels, wrong by the second, right by either.
    expect(a.right - a.rightSecond).toBe(1);
    expect(a.rightEither).toBe(a.right);
  });

  it('skips items the second annotator did not read', () => {
    expect(agreement(items, []).items).toBe(0);
  });
});
