/**
 * `npm run eval`: the classifier against the labelled set (tests/fixtures/classifier/labelled.jsonl) and the second
 * held-out set (holdout2.jsonl). Figures are printed for the tuning split, the held-out split, holdout2 (both never
 * tuned against) and all of labelled.jsonl.
 * `--misses` lists the tuning split's misses only; held-out misses are listed only with `--misses=holdout` or
 * `--misses=holdout2`, on purpose, so tuning does not leak into the figures meant to show generalisation.
 */
import { evaluate, HOLDOUT2_PATH, loadLabelled, type Report } from '../tests/classifier/metrics.ts';
import { QUALITY_MODE_IDS } from '../src/modes/types.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function print(name: string, r: Report): void {
  console.log(`\n== ${name}: ${r.items} descriptions`);
  console.log(`${'mode'.padEnd(10)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'exact'.padStart(7)}  support`);
  for (const m of QUALITY_MODE_IDS) {
    const s = r.perMode[m];
    console.log(`${m.padEnd(10)} ${pct(s.precision).padStart(9)} ${pct(s.recall)} ${pct(s.exact)}  ${s.support}`);
  }
  console.log(`${'overall'.padEnd(10)} ${pct(r.overall.precision).padStart(9)} ${pct(r.overall.recall)} ${pct(r.overall.exact)}  ${r.items}`);
  console.log(`rank-1 accuracy on single-mode items: ${pct(r.rank1).trim()} of ${r.singles}`);
  console.log(`vague items with a confident finding: ${pct(r.vagueConfident).trim()} of ${r.vague}`);
  const pairs = Object.entries(r.confusion).sort((a, b) => b[1] - a[1]);
  console.log(`confusion (expected -> got): ${pairs.length ? pairs.map(([k, v]) => `${k}: ${v}`).join(', ') : 'none'}`);
}

const all = loadLabelled();
const tune = all.filter((i) => i.split !== 'holdout');
const holdout = all.filter((i) => i.split === 'holdout');
const holdout2 = loadLabelled(HOLDOUT2_PATH);
const reports = { tune: evaluate(tune), holdout: evaluate(holdout), holdout2: evaluate(holdout2), all: evaluate(all) };
print('tuning split', reports.tune);
print('held-out split', reports.holdout);
print('holdout2 (second held-out set)', reports.holdout2);
print('all of labelled.jsonl', reports.all);

const missArg = process.argv.find((a) => a.startsWith('--misses'));
if (missArg) {
  const name = missArg === '--misses=holdout' ? 'holdout' : missArg === '--misses=holdout2' ? 'holdout2' : 'tune';
  const which = reports[name];
  console.log(`\nmisses (${name} split):`);
  for (const m of which.misses) console.log(`  [${m.lang}] ${m.text}  expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`);
}
