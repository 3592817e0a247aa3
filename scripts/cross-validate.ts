/**
 * `npm run eval:cv`: k-fold cross-validation of the model over the TUNING data (labelled.jsonl's tune split plus
 * public-tune.jsonl), because the tuning figures flatter it: the model was trained on those very items. Each fold's
 * model is trained on the other folds with src/classifier/train.ts and the fold is scored with the same classify()
 * the extension runs. Public-tune items are folded by URL (one thread's posts share words), the rest by text.
 * It reports, per fold, how many items naming no mode (vague, preserved, hard) get a confident finding and whether
 * that finding came from the rules or the model, and the single-mode rank-1; then the same pooled over folds for a
 * grid of the model's thresholds, to choose them. The rules were written from these items, so their share is not
 * cross-validated: only the model's is. The public split (public.jsonl) is never read here.
 * Then, at the current thresholds, right answers per language for the tuning data the project had before the authored
 * files (labelled tune split and public tuning split: the figures to compare across data changes), the public tuning
 * split alone (people's words) and the authored descriptions, each item scored by the model of its own fold.
 * Last, the model ALONE per language (its best mode against the label, whether the rules would ask it or not), since
 * the rules answer almost every tuning item themselves and so hide what new training data teaches the model.
 * And a what-if for whoever changes the rules: right answers per language if the model were asked for EVERY
 * description the rules leave without a finding or a hard failure, not only those with a complaint word.
 * `--folds=N` (default 5); `--show` lists the tuning items naming no mode that still get a confident finding (above
 * the line of the fold they are in, and, for the rules without a model, above the "rules alone" line).
 */
import { classify, type ClassifyOptions, MODEL_MARGIN, MODEL_MIN } from '../src/classifier/classify.ts';
import { modelScores } from '../src/classifier/model.ts';
import { train, type LinearModel } from '../src/classifier/train.ts';
import { evaluate, type GroupScore, type Labelled, loadAuthored, tuningItems } from '../tests/classifier/metrics.ts';

const SHOW = process.argv.includes('--show');
const K = Number(process.argv.find((a) => a.startsWith('--folds='))?.split('=')[1] ?? 5);

/** FNV-1a: a stable fold per key, so reruns and other machines give the same folds. */
function foldOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % K;
}

export interface FoldScore {
  vague: number;
  vagueByRules: number;
  vagueByModel: number;
  singles: number;
  rank1: number;
  /** Single-mode items answered by the model alone, and of those, right. */
  modelSingles: number;
  modelRight: number;
}

const empty = (): FoldScore => ({ vague: 0, vagueByRules: 0, vagueByModel: 0, singles: 0, rank1: 0, modelSingles: 0, modelRight: 0 });

function add(a: FoldScore, b: FoldScore): FoldScore {
  const out = empty();
  for (const k of Object.keys(out) as (keyof FoldScore)[]) out[k] = a[k] + b[k];
  return out;
}

/** `rulesOnly`: the findings without any model, computed once per item (they do not depend on the fold). */
function score(items: readonly Labelled[], rulesOnly: ReadonlyMap<string, number>, options: ClassifyOptions): FoldScore {
  const s = empty();
  for (const item of items) {
    const got = classify(item.text, options).findings.map((f) => f.mode);
    const byModel = got.length > 0 && rulesOnly.get(item.text) === 0;
    if (item.modes.length === 0) {
      s.vague++;
      if (got.length && byModel) s.vagueByModel++;
      else if (got.length) s.vagueByRules++;
      if (got.length && SHOW && options.modelMin === undefined) {
        console.log(`  ${byModel ? 'model' : 'rules'} ${JSON.stringify(got)} [${item.tags.join(',')}] ${item.text.slice(0, 120)}`);
      }
    }
    if (item.modes.length === 1) {
      s.singles++;
      if (got[0] === item.modes[0]) s.rank1++;
      if (byModel) {
        s.modelSingles++;
        if (got[0] === item.modes[0]) s.modelRight++;
      }
    }
  }
  return s;
}

const pct = (a: number, b: number) => `${b ? ((a / b) * 100).toFixed(1) : '-'}%`;

function line(name: string, s: FoldScore): string {
  const vague = `${s.vagueByRules + s.vagueByModel} of ${s.vague} vague confident (rules ${s.vagueByRules}, model ${s.vagueByModel})`;
  const model = `model-only answers right ${s.modelRight} of ${s.modelSingles}`;
  return `${name.padEnd(16)} ${vague}; rank-1 ${s.rank1} of ${s.singles} (${pct(s.rank1, s.singles)}); ${model}`;
}

const items = tuningItems();
const folds = Array.from({ length: K }, () => [] as Labelled[]);
for (const item of items) folds[foldOf(item.url ?? item.text)]!.push(item);
const rulesOnly = new Map(items.map((i) => [i.text, classify(i.text, { model: null }).findings.length]));
const models: LinearModel[] = folds.map((_, k) => train(folds.flatMap((f, j) => (j === k ? [] : f))));

console.log(`${K}-fold cross-validation over ${items.length} tuning descriptions (model trained without the scored fold)`);
console.log(`current thresholds: model probability >= ${MODEL_MIN}, margin over the second mode >= ${MODEL_MARGIN}`);
let total = empty();
folds.forEach((f, k) => {
  const s = score(f, rulesOnly, { model: models[k]! });
  total = add(total, s);
  console.log(line(`fold ${k + 1} (${f.length})`, s));
});
console.log(line('all folds', total));
console.log(line('rules alone', score(items, rulesOnly, { model: null })));

/**
 * Hard failures, each fold scored with its own model: answered as a hard failure of a labelled kind, and the items
 * describing none that still got a hard-failure answer (the popup would offer them the hard-failure draft).
 */
let hardRight = 0,
  hardItems = 0,
  hardFalse = 0,
  notHard = 0;
folds.forEach((f, k) => {
  const r = evaluate(f, { model: models[k]! });
  hardRight += Math.round(r.hardRight * r.hard);
  hardItems += r.hard;
  hardFalse += r.hardFalse;
  notHard += r.items - r.hard;
});
console.log(
  `hard failures    answered as such ${hardRight} of ${hardItems}; ${hardFalse} of ${notHard} others given a hard-failure answer`,
);

console.log("\nthe model's thresholds, pooled over folds (min = probability, margin = over the second mode):");
for (const modelMin of [0.35, 0.45, 0.55, 0.65, 0.75]) {
  for (const modelMargin of [0.1, 0.2, 0.3, 0.4]) {
    const s = folds.reduce((acc, f, k) => add(acc, score(f, rulesOnly, { model: models[k]!, modelMin, modelMargin })), empty());
    console.log(line(`min ${modelMin} m ${modelMargin}`, s));
  }
}

/** Per-language right answers (exact set of modes, hard kind right) with each fold's own model, pooled over folds. */
function byLanguage(title: string, keep: (i: Labelled) => boolean): void {
  const pooled: Record<string, GroupScore> = {};
  folds.forEach((f, k) => {
    for (const [lang, g] of Object.entries(evaluate(f.filter(keep), { model: models[k]! }).perLang)) {
      const p = (pooled[lang] ??= { items: 0, right: 0, singles: 0, rank1: 0 });
      p.items += g.items;
      p.right += g.right;
      p.singles += g.singles;
      p.rank1 += g.rank1;
    }
  });
  const all = Object.values(pooled).reduce((a, g) => ({ items: a.items + g.items, right: a.right + g.right }), { items: 0, right: 0 });
  console.log(`\n${title}: right ${pct(all.right, all.items)} of ${all.items}`);
  for (const [lang, g] of Object.entries(pooled).sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(
      `  ${lang} right ${pct(g.right, g.items).padStart(6)} of ${String(g.items).padStart(3)}; rank-1 ${g.rank1} of ${g.singles}`,
    );
  }
}

const authored = new Set(loadAuthored().map((i) => i.text));
byLanguage('by language, tuning data written before the authored files (cross-validated)', (i) => !authored.has(i.text));
byLanguage("by language, public tuning split alone (people's words, cross-validated)", (i) => i.split === 'public-tune');
if (authored.size) byLanguage('by language, authored descriptions (cross-validated)', (i) => authored.has(i.text));

/**
 * The fold's model alone, per language: single-mode items whose best mode is the label, and items naming no mode
 * whose best mode stays under the floor (the model would stay silent if the rules asked it).
 */
function modelAlone(title: string, keep: (i: Labelled) => boolean): void {
  const by: Record<string, { singles: number; top: number; none: number; silent: number }> = {};
  folds.forEach((f, k) => {
    for (const item of f.filter(keep)) {
      const [best] = [...modelScores(item.text, models[k]!).entries()].sort((a, b) => b[1] - a[1]);
      const g = (by[item.lang] ??= { singles: 0, top: 0, none: 0, silent: 0 });
      if (item.modes.length === 1) {
        g.singles++;
        if (best?.[0] === item.modes[0]) g.top++;
      } else if (item.modes.length === 0) {
        g.none++;
        if (!best || best[1] < MODEL_MIN) g.silent++;
      }
    }
  });
  console.log(`\n${title}:`);
  for (const [lang, g] of Object.entries(by).sort((a, b) => a[0].localeCompare(b[0]))) {
    const top = `best mode right ${pct(g.top, g.singles).padStart(6)} of ${String(g.singles).padStart(3)} single-mode`;
    console.log(`  ${lang} ${top}; silent on ${g.silent} of ${g.none} naming no mode`);
  }
}

modelAlone('the model alone, tuning data written before the authored files (cross-validated)', (i) => !authored.has(i.text));
modelAlone("the model alone, public tuning split (people's words, cross-validated)", (i) => i.split === 'public-tune');

/**
 * What-if: the model asked whenever the rules find nothing (today classify.ts asks it only when a complaint word is
 * live), at the current thresholds, over the whole description. Right as in metrics.ts: the same set of modes, and a
 * hard-failure answer of a labelled kind.
 */
function ungated(title: string, keep: (i: Labelled) => boolean): void {
  const by: Record<string, { items: number; right: number; gated: number; none: number; loud: number }> = {};
  folds.forEach((f, k) => {
    for (const item of f.filter(keep)) {
      const r = classify(item.text, { model: models[k]! });
      let got = r.findings.map((x) => x.mode);
      if (!got.length && !r.hardFailure) {
        const [first, second] = [...modelScores(item.text, models[k]!).entries()].sort((a, b) => b[1] - a[1]);
        if (first && first[1] >= MODEL_MIN && (!second || first[1] - second[1] >= MODEL_MARGIN)) got = [first[0]];
      }
      const same = (a: readonly string[]) => a.length === item.modes.length && item.modes.every((m) => a.includes(m));
      const hardOk = !item.hard || (r.hardFailure !== undefined && item.hard.includes(r.hardFailure.kind));
      const g = (by[item.lang] ??= { items: 0, right: 0, gated: 0, none: 0, loud: 0 });
      g.items++;
      if (same(got) && hardOk) g.right++;
      if (same(r.findings.map((x) => x.mode)) && hardOk) g.gated++;
      if (!item.modes.length) g.none++;
      if (!item.modes.length && got.length) g.loud++;
    }
  });
  console.log(`\n${title}:`);
  for (const [lang, g] of Object.entries(by).sort((a, b) => a[0].localeCompare(b[0]))) {
    const right = `right ${pct(g.right, g.items).padStart(6)} of ${String(g.items).padStart(3)} (as shipped ${pct(g.gated, g.items)})`;
    console.log(`  ${lang} ${right}; ${g.loud} of ${g.none} naming no mode with a finding`);
  }
}

ungated(
  'what-if, the model asked whenever the rules find nothing: public tuning split (cross-validated)',
  (i) => i.split === 'public-tune',
);
