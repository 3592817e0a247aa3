/**
 * Where an analysis job's time goes, as User Timing measures named `ava:<step>`: DevTools' Performance panel shows
 * them, and `npm run bench` reads them from a trace to print its breakdown (scripts/bench-browser.ts). Whole steps
 * (fetch, decode pass, evidence) are one measure each; per-frame steps (copyTo, toGrid, detectors) are summed and
 * measured once per job as `ava:<step> (sum)`, so a job leaves a few dozen entries, and they are cleared at the end
 * so the buffer does not grow with every job. Nothing is stored or sent.
 */
export class JobTimings {
  private readonly sums = new Map<string, { ms: number; n: number }>();
  private readonly start = performance.now();

  /** One whole step, from `start` (a performance.now() reading) to now. */
  span(step: string, start: number): void {
    performance.measure(`ava:${step}`, { start, end: performance.now() });
  }

  /** Add `ms` to a per-frame step's sum. */
  add(step: string, ms: number): void {
    const s = this.sums.get(step);
    if (s) {
      s.ms += ms;
      s.n++;
    } else this.sums.set(step, { ms, n: 1 });
  }

  /** Measure the sums (as spans of their total length from the job's start), then drop every `ava:` entry. */
  finish(): void {
    for (const [step, { ms, n }] of this.sums) performance.measure(`ava:${step} (sum of ${n})`, { start: this.start, duration: ms });
    this.sums.clear();
    for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('ava:')) performance.clearMeasures(e.name);
  }
}
