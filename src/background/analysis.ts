/**
 * The service worker's side of frame analysis: start a job in the offscreen document, keep its progress in session
 * storage (a reopened popup shows it), store the result with the generation, and pre-tick the quality modes it found
 * as suggestions in the case. The offscreen document does the work; nothing here holds state in memory.
 */
import { type AnalysisJob, type AnalysisProgress, type AnalysisRecord, suggestedModes } from '../analysis/record.ts';
import { requestedDurationFromPrompt } from '../analysis/detectors/truncated.ts';
import type { BackgroundToOffscreen, OffscreenToBackground, UiToBackground } from '../messages/contract.ts';
import type { HandlerMap } from '../messages/router.ts';
import { providerById } from '../providers/index.ts';
import { checkMediaUrl } from '../shared/media-allow.ts';
import { readGeneration } from '../storage/generations.ts';
import { allowedMediaHostsItem, analysesItem, analysisProgressItem, casesItem, videoSourcesItem } from '../storage/items.ts';
import type { Store } from '../storage/store.ts';
import { type MessageKey, t } from '../shared/i18n.ts';

/** chrome.offscreen and the evidence store, injected so tests can pass fakes. */
export interface AnalysisDeps {
  /** Creates the offscreen document if it is not open yet. */
  ensureOffscreen: () => Promise<void>;
  /** Closes it (frees the decoder and any OCR/face models) when no job is left. */
  closeOffscreen: () => Promise<void>;
  sendToOffscreen: (msg: BackgroundToOffscreen) => Promise<unknown>;
  /** Removes an evidence frame of an earlier analysis that the person did not mark. */
  deleteEvidence: (id: string) => Promise<void>;
  newId: () => string;
}

interface Ctx {
  local: Store;
  session: Store;
  now: () => number;
  analysis?: AnalysisDeps;
}

type UiAnalysis = Extract<UiToBackground, { type: 'ui/analyse' | 'ui/analyse-cancel' | 'ui/allow-media-host' }>;

const need = (d: Ctx): AnalysisDeps => {
  if (!d.analysis) throw new Error(t('err_analysis_unavailable'));
  return d.analysis;
};

async function setProgress(
  session: Store,
  key: string,
  change: (p: AnalysisProgress | undefined) => AnalysisProgress | undefined,
): Promise<void> {
  await session.update(analysisProgressItem, (all) => {
    const next = change(all[key]);
    if (next) all[key] = next;
    return all;
  });
}

/** Close the offscreen document once nothing is running any more. */
async function closeIfIdle(d: Ctx): Promise<void> {
  const all = await d.session.read(analysisProgressItem);
  if (!Object.values(all).some((p) => p.state === 'running'))
    await need(d)
      .closeOffscreen()
      .catch(() => undefined);
}

export function analysisUiHandlers(d: Ctx): HandlerMap<UiAnalysis, true> {
  return {
    'ui/analyse': async (msg) => {
      const a = need(d);
      const stored = await readGeneration(d.local, msg.generationKey);
      if (!stored) throw new Error(t('err_generation_unseen'));
      // The page's signed link (session only) opens where the scrubbed stored one is refused; same video either way.
      const url = (await d.session.read(videoSourcesItem))[msg.generationKey]?.url ?? stored.g.videoUrl;
      if (!url) throw new Error(t('err_video_no_link'));
      const check = checkMediaUrl(url, await mediaHostsFor(d.local, stored.g.provider));
      if (!check.ok) {
        // A public host the provider file does not name: the person may allow it once (ui/allow-media-host).
        if (check.why === 'not_allowed') return { needsHost: check.host };
        throw new Error(t(check.why === 'private' ? 'err_video_private_host' : 'err_video_not_https'));
      }
      const requestedS = stored.g.prompt ? requestedDurationFromPrompt(stored.g.prompt) : undefined;
      const job: AnalysisJob = {
        jobId: a.newId(),
        generationKey: msg.generationKey,
        videoUrl: url,
        ...(stored.g.prompt ? { prompt: stored.g.prompt } : {}),
        ...(requestedS !== undefined ? { requestedS } : {}),
        faces: msg.faces === true,
      };
      const now = d.now();
      await setProgress(d.session, msg.generationKey, () => ({
        jobId: job.jobId,
        state: 'running',
        phase: 'queued',
        fraction: 0,
        t: 0,
        frames: 0,
        startedAt: now,
        updatedAt: now,
      }));
      try {
        await a.ensureOffscreen();
        await a.sendToOffscreen({ type: 'bg/analyse', job });
      } catch (e) {
        const message = t('err_analysis_start', e instanceof Error ? e.message : String(e));
        await setProgress(d.session, msg.generationKey, (p) => p && { ...p, state: 'failed', message, updatedAt: d.now() });
        throw new Error(message);
      }
      return { jobId: job.jobId };
    },
    // The person allowed the host of this generation's video (never a host named by the message itself).
    'ui/allow-media-host': async (msg) => {
      const stored = await readGeneration(d.local, msg.generationKey);
      const url = (await d.session.read(videoSourcesItem))[msg.generationKey]?.url ?? stored?.g.videoUrl;
      if (!stored || !url) throw new Error(t('err_video_no_link'));
      const host = checkMediaUrl(url, []).host ?? '';
      // Only the allow-list can be changed here: https, no private address, whatever the person clicks.
      const check = checkMediaUrl(url, [host]);
      if (!check.ok) throw new Error(t(check.why === 'private' ? 'err_video_private_host' : 'err_video_not_https'));
      await d.local.update(allowedMediaHostsItem, (all) => ({ ...all, [check.host]: { provider: stored.g.provider, at: d.now() } }));
      return { host: check.host };
    },
    'ui/analyse-cancel': async (msg) => {
      const a = need(d);
      await a.sendToOffscreen({ type: 'bg/analyse-cancel', generationKey: msg.generationKey }).catch(() => undefined);
      // Marked at once: if the offscreen document is gone, nobody else would ever end this job.
      await setProgress(d.session, msg.generationKey, (p) =>
        p && p.state === 'running' ? { ...p, state: 'cancelled', message: t('analysis_cancelled'), updatedAt: d.now() } : p,
      );
      await closeIfIdle(d);
      return {};
    },
  };
}

/** The hosts "Analyse video" may fetch a provider's videos from: its file's media hosts and those the person allowed. */
export async function mediaHostsFor(local: Store, provider: string, addedSiteHosts: readonly string[] = []): Promise<string[]> {
  const allowed = await local.read(allowedMediaHostsItem);
  return [...(providerById(provider)?.mediaHosts ?? []), ...addedSiteHosts, ...Object.keys(allowed)];
}

/** Only the current job of a generation may move its progress (a cancelled job's late messages are ignored). */
const current = (p: AnalysisProgress | undefined, jobId: string) => p !== undefined && p.jobId === jobId && p.state === 'running';

export function offscreenHandlers(d: Ctx): HandlerMap<OffscreenToBackground, true> {
  return {
    'offscreen/progress': async (msg) => {
      await setProgress(d.session, msg.generationKey, (p) =>
        current(p, msg.jobId) ? { ...p!, phase: msg.phase, fraction: msg.fraction, t: msg.t, frames: msg.frames, updatedAt: d.now() } : p,
      );
      return {};
    },
    'offscreen/done': async (msg) => {
      const progress = (await d.session.read(analysisProgressItem))[msg.generationKey];
      if (!current(progress, msg.jobId)) {
        // Cancelled meanwhile: the frames it stored are nobody's evidence.
        for (const f of msg.result.evidence)
          await need(d)
            .deleteEvidence(f.id)
            .catch(() => undefined);
        return { stored: false };
      }
      const record: AnalysisRecord = { ...msg.result, finishedAt: d.now() };
      let previous: AnalysisRecord | undefined;
      await d.local.update(analysesItem, (all) => {
        previous = all[msg.generationKey];
        all[msg.generationKey] = record;
        return all;
      });
      const modes = suggestedModes(record.findings);
      const cases = await d.local.update(casesItem, (all) => {
        const c = all[msg.generationKey] ?? { modes: [], description: '', evidence: [], updatedAt: 0 };
        // Suggestions only: ticked once, when the result arrives; the person can untick them in the popup.
        all[msg.generationKey] = { ...c, modes: [...new Set([...c.modes, ...modes])], updatedAt: d.now() };
        return all;
      });
      const marked = new Set((cases[msg.generationKey]?.marks ?? []).map((m) => m.id));
      const kept = new Set(record.evidence.map((f) => f.id));
      for (const f of previous?.evidence ?? [])
        if (!kept.has(f.id) && !marked.has(f.id))
          await need(d)
            .deleteEvidence(f.id)
            .catch(() => undefined);
      await setProgress(
        d.session,
        msg.generationKey,
        (p) => p && { ...p, state: 'done', phase: 'evidence', fraction: 1, updatedAt: d.now() },
      );
      await closeIfIdle(d);
      return { stored: true };
    },
    'offscreen/failed': async (msg) => {
      const progress = (await d.session.read(analysisProgressItem))[msg.generationKey];
      if (!current(progress, msg.jobId)) return {};
      // The key is checked only for its shape: t() shows an unknown key as it is, never anything of the page's.
      const message = t(msg.wording.key as MessageKey, ...msg.wording.subs).slice(0, 500);
      await setProgress(
        d.session,
        msg.generationKey,
        (p) => p && { ...p, state: msg.cancelled ? 'cancelled' : 'failed', message, updatedAt: d.now() },
      );
      if (!msg.cancelled) {
        // Kept with the generation only while there is no earlier good result to show instead.
        await d.local.update(analysesItem, (all) => {
          if (!all[msg.generationKey] || all[msg.generationKey]!.error) {
            all[msg.generationKey] = {
              durationS: 0,
              framesAnalysed: 0,
              findings: [],
              cuts: [],
              evidence: [],
              decoder: 'webcodecs',
              ocr: 'skipped',
              faces: 'skipped',
              finishedAt: d.now(),
              error: message,
            };
          }
          return all;
        });
      }
      await closeIfIdle(d);
      return {};
    },
  };
}
