/**
 * The offscreen document's start-up: one listener for the service worker's jobs. Jobs run one at a time (two cores;
 * a second job waits, shown as "queued"); progress and the result go back to the worker, which stores them (this
 * document has no chrome.storage). Offscreen documents also receive every message extension pages broadcast, so
 * only `bg/*` messages from the service worker itself are answered; anything else is left for its real receiver.
 */
import { progressStepper } from '../analysis/browser-glue.ts';
import { BackgroundToOffscreen, type OffscreenToBackground } from '../messages/contract.ts';
import { listen, sendToWorker, typePrefix } from '../messages/bus.ts';
import { createRouter } from '../messages/router.ts';
import { AnalysisFailure } from './bytes.ts';
import { runJob } from './pipeline.ts';
import { wording } from '../shared/i18n.ts';
import { authoriseWorker } from './sender.ts';

const running = new Map<string, AbortController>();
let chain: Promise<unknown> = Promise.resolve();

function tell(msg: OffscreenToBackground): void {
  void sendToWorker(msg).catch(() => undefined);
}

const router = createRouter({
  name: 'offscreen',
  schema: BackgroundToOffscreen,
  authorise: authoriseWorker(chrome.runtime.id, chrome.runtime.getURL('')),
  handlers: {
    'bg/analyse': ({ job }) => {
      running.get(job.generationKey)?.abort();
      const ctl = new AbortController();
      running.set(job.generationKey, ctl);
      const ref = { jobId: job.jobId, generationKey: job.generationKey };
      const step = progressStepper();
      chain = chain.then(async () => {
        try {
          ctl.signal.throwIfAborted();
          const result = await runJob(job, ctl.signal, (phase, fraction, t, frames) => {
            if (step(phase, fraction)) tell({ type: 'offscreen/progress', ...ref, phase, fraction, t, frames });
          });
          tell({ type: 'offscreen/done', ...ref, result });
        } catch (e) {
          const cancelled = ctl.signal.aborted;
          // Plain reasons pass through; anything unexpected is logged here and summarised for the person.
          if (!cancelled && !(e instanceof AnalysisFailure)) console.error('[AVA offscreen] analysis failed', e);
          const said = cancelled
            ? wording('analysis_cancelled')
            : e instanceof AnalysisFailure
              ? e.wording
              : wording('err_analysis_crashed', e instanceof Error ? e.message : String(e));
          tell({ type: 'offscreen/failed', ...ref, cancelled, wording: { key: said.key, subs: said.subs.map((s) => s.slice(0, 300)) } });
        } finally {
          if (running.get(job.generationKey) === ctl) running.delete(job.generationKey);
        }
      });
      return { accepted: true };
    },
    'bg/analyse-cancel': ({ generationKey }) => {
      running.get(generationKey)?.abort();
      return { cancelled: running.has(generationKey) };
    },
  },
});

// Only the worker's `bg/*` jobs; UI -> worker broadcasts and our own reports are left to their real receiver.
listen(typePrefix('bg/'), router);
