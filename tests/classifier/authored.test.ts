/**
 * The descriptions this project wrote to train the model (authored-*.jsonl, issue 16): every line is a well-formed
 * tuning item whose kind tag agrees with its modes, the weak languages get the most, each language covers every mode
 * and every kind of statement, and no text is also in a held-out or public file (a copy would leak into the figures
 * meant to show generalisation). Mismatches are reported by count and line number, never by another file's text.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/classifier/lang.ts';
import { QUALITY_MODE_IDS } from '../../src/modes/types.ts';
import { HARD_FAILURE_KINDS } from '../../src/shared/generation.ts';
import { HOLDOUT2_PATH, type Labelled, loadAuthored, loadLabelled, loadPublicTune, PUBLIC_PATH } from './metrics.ts';

/** Kinds (`other`: a complaint about none of the five modes, such as sound), then the register or trait of the words. */
const KINDS = ['single', 'multi', 'vague', 'preserved', 'hard', 'topic', 'other'] as const;
const TRAITS = ['negation', 'number', 'morph', 'permanence', 'slang', 'typo', 'article', 'review', 'forum', 'blog'];
const TAGS = new Set<string>([...KINDS, ...TRAITS, 'compound', 'loanword']);

const items = loadAuthored();

function problems(item: Labelled): string[] {
  const p: string[] = [];
  if (typeof item.text !== 'string' || !item.text.trim() || item.text.trim() !== item.text) p.push('text empty or padded');
  if (!(LANGS as readonly string[]).includes(item.lang)) p.push(`lang ${item.lang}`);
  if (item.split !== 'tune') p.push(`split ${item.split}`);
  if (!item.modes.every((m) => (QUALITY_MODE_IDS as readonly string[]).includes(m))) p.push('unknown mode');
  if (new Set(item.modes).size !== item.modes.length) p.push('repeated mode');
  if (!item.tags.length || item.tags.some((t) => !TAGS.has(t))) p.push(`tags ${item.tags.join(',')}`);
  const kinds = item.tags.filter((t) => (KINDS as readonly string[]).includes(t));
  if (kinds.length !== 1) p.push('exactly one kind tag');
  if (item.tags.includes('single') !== (item.modes.length === 1)) p.push('single <=> one mode');
  if (item.tags.includes('multi') !== item.modes.length > 1) p.push('multi <=> two or more modes');
  if (item.tags.includes('hard') !== Array.isArray(item.hard)) p.push('hard tag <=> hard kinds');
  if (item.hard && (!item.hard.length || item.hard.some((h) => !(HARD_FAILURE_KINDS as readonly string[]).includes(h)))) {
    p.push('hard kinds');
  }
  if (item.url !== undefined || item.seen !== undefined || item.batch !== undefined) p.push('authored items have no url');
  return p;
}

describe('authored training descriptions', () => {
  it('are well-formed tuning items whose kind tag agrees with their modes', () => {
    expect(items.length).toBeGreaterThanOrEqual(380);
    const bad = items.flatMap((item, n) => problems(item).map((p) => `line ${n + 1}: ${p}`));
    expect(bad).toEqual([]);
  });

  it('weight the languages the model had least of (German and Japanese first)', () => {
    const count = (lang: string) => items.filter((i) => i.lang === lang).length;
    expect(count('de')).toBeGreaterThanOrEqual(100);
    expect(count('ja')).toBeGreaterThanOrEqual(100);
    for (const lang of ['pt', 'fr']) expect(count(lang), lang).toBeGreaterThanOrEqual(50);
    for (const lang of ['es', 'en']) expect(count(lang), lang).toBeGreaterThanOrEqual(25);
  });

  it.each([...LANGS])('%s: cover every mode alone and in pairs, and every kind of statement naming no mode', (lang) => {
    const mine = items.filter((i) => i.lang === lang);
    for (const mode of QUALITY_MODE_IDS) {
      expect(mine.filter((i) => i.tags.includes('single') && i.modes[0] === mode).length, mode).toBeGreaterThanOrEqual(2);
    }
    for (const kind of ['multi', 'vague', 'preserved', 'hard', 'topic', 'negation']) {
      expect(
        mine.some((i) => i.tags.includes(kind)),
        kind,
      ).toBe(true);
    }
  });

  it('repeat no text, and share none with the labelled, held-out or public files', () => {
    const texts = items.map((i) => i.text.trim());
    expect(new Set(texts).size).toBe(texts.length);
    const others = new Set(
      [...loadLabelled(), ...loadLabelled(HOLDOUT2_PATH), ...loadLabelled(PUBLIC_PATH), ...loadPublicTune()].map((i) => i.text.trim()),
    );
    const shared = texts.map((t, n) => (others.has(t) ? n + 1 : 0)).filter(Boolean);
    expect(shared, 'lines of the authored file whose text is also elsewhere').toEqual([]);
  });
});
