import { useEffect, useState } from 'preact/hooks';
import { termFor } from '../claims/terms.ts';
import { clock } from '../analysis/detectors/types.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import type { Generation } from '../shared/generation.ts';
import { type EvidenceRecord, getEvidence } from '../storage/evidence-db.ts';
import { type MessageKey, t } from '../shared/i18n.ts';
import { ask } from '../ui/messaging.ts';
import { reasonLine } from '../ui/finding-reason.ts';
import type { AnalysisState } from './useAnalysis.ts';
import type { AnalysisPhase } from '../analysis/record.ts';

/** Spelled out so every locale key is findable by its full name (the locale test checks for dead keys). */
const PHASE_LABEL: Record<AnalysisPhase, MessageKey> = {
  queued: 'analysis_phase_queued',
  fetch: 'analysis_phase_fetch',
  decode: 'analysis_phase_decode',
  ocr: 'analysis_phase_ocr',
  faces: 'analysis_phase_faces',
  evidence: 'analysis_phase_evidence',
};

/** A running analysis that has not moved for this long has lost its offscreen document (closed, crashed). */
const STALLED_MS = 60_000;

interface Props {
  provider: ProviderDefinition;
  g: Generation;
  generationKey: string;
  state: AnalysisState;
  marks: readonly { id: string; t: number }[];
  onMark: (frame: { id: string; t: number }, on: boolean) => void;
}

/**
 * "Analyse video" for a generation with a video link: progress (with Cancel) while the offscreen document works,
 * then the findings in plain words with their moments, and a strip of frames the person can mark as evidence.
 */
export function Analysis({ provider, g, generationKey, state, marks, onMark }: Props) {
  const [faces, setFaces] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [needsHost, setNeedsHost] = useState<string>();
  const [frames, setFrames] = useState<EvidenceRecord[]>([]);
  const { progress, result } = state;
  const ids = [...new Set([...(result?.evidence ?? []).map((e) => e.id), ...marks.map((m) => m.id)])];

  useEffect(() => {
    let alive = true;
    void Promise.all(ids.map((id) => getEvidence(id).catch(() => undefined))).then((r) => {
      if (alive) setFrames(r.filter((x): x is EvidenceRecord => !!x).sort((a, b) => (a.t ?? 0) - (b.t ?? 0)));
    });
    return () => {
      alive = false;
    };
  }, [ids.join(',')]);

  const running = progress?.state === 'running';
  // Re-render now and then while running, so a job that stopped reporting is noticed without a storage change.
  const [, tick] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => tick((n) => n + 1), 5000);
    return () => clearInterval(timer);
  }, [running]);
  const stalled = running && Date.now() - progress.updatedAt > STALLED_MS;

  const start = async () => {
    setProblem(undefined);
    // The permission prompt must come first, inside the click: only listed media hosts, only when not granted
    // (request() answers at once without a prompt when it is). Hosts that send CORS headers need none.
    const host = hostOf(g.videoUrl);
    if (host && provider.mediaHosts.includes(host)) {
      const granted = await chrome.permissions.request({ origins: [`https://${host}/*`] }).catch(() => false);
      if (!granted) return setProblem(t('analysis_permission_denied', host));
    }
    setNeedsHost(undefined);
    const r = await ask<{ needsHost?: string }>({ type: 'ui/analyse', generationKey, faces }).catch((e: unknown) => {
      setProblem(e instanceof Error ? e.message : String(e));
      return undefined;
    });
    if (r?.needsHost) setNeedsHost(r.needsHost);
  };
  // A host the provider's file does not name: fetched only once the person allows it (src/shared/media-allow.ts).
  const allowHost = async () => {
    const ok = await ask({ type: 'ui/allow-media-host', generationKey }).then(
      () => true,
      (e: unknown) => {
        setProblem(e instanceof Error ? e.message : String(e));
        return false;
      },
    );
    if (ok) await start();
  };
  const cancel = () =>
    void ask({ type: 'ui/analyse-cancel', generationKey }).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));

  const marked = new Set(marks.map((m) => m.id));
  const quality = (result?.findings ?? []).filter((f) => ['anatomy', 'physics', 'text', 'color', 'identity'].includes(f.mode));
  return (
    <section class="panel analysis" aria-label={t('analysis_title')} data-testid="analysis">
      <h3 class="line-repeat">{t('analysis_title')}</h3>
      {!running && !result && <p class="muted">{t('analysis_intro')}</p>}
      {(!running || stalled) && (
        <div class="analysis-start">
          <button type="button" data-testid="analyse-button" onClick={() => void start()}>
            {result && !result.error ? t('analysis_again') : t('analysis_start')}
          </button>
          <label>
            <input type="checkbox" checked={faces} onChange={(e) => setFaces(e.currentTarget.checked)} /> {t('analysis_faces')}
          </label>
        </div>
      )}
      {running && (
        <div role="status" data-testid="analysis-progress">
          <progress max={1} value={progress.fraction} aria-label={t('analysis_title')} />
          <span>
            {t(PHASE_LABEL[progress.phase])}{' '}
            {t('analysis_progress', Math.round(progress.fraction * 100), progress.frames, clock(progress.t))}
          </span>
          <button type="button" data-testid="analysis-cancel" onClick={cancel}>
            {t('analysis_cancel')}
          </button>
          {stalled && <p class="notice">{t('analysis_stalled')}</p>}
        </div>
      )}
      {!running && progress?.state === 'cancelled' && (
        <p class="muted" role="status" data-testid="analysis-cancelled">
          {t('analysis_cancelled')}
        </p>
      )}
      {!running && progress?.state === 'failed' && progress.message && (
        <p class="error" role="alert" data-testid="analysis-error">
          {progress.message}
        </p>
      )}
      {!progress && result?.error && (
        <p class="error" role="alert" data-testid="analysis-error">
          {result.error}
        </p>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {needsHost && !running && (
        <p class="notice" data-testid="allow-media-host-question">
          {t('analysis_allow_host_question', provider.name, needsHost)}{' '}
          <button type="button" data-testid="allow-media-host" onClick={() => void allowHost()}>
            {t('analysis_allow_host_button', needsHost)}
          </button>
        </p>
      )}
      {result && !result.error && (
        <div data-testid="analysis-result">
          <p class="muted">{t('analysis_summary', result.framesAnalysed, result.durationS.toFixed(1))}</p>
          {result.findings.length === 0 ? (
            <p data-testid="analysis-none">{t('analysis_none')}</p>
          ) : (
            <ul class="findings">
              {result.findings.map((f, i) => (
                <li key={i} data-testid="analysis-finding" data-mode={f.mode}>
                  <strong>{termFor(provider, f.mode)}</strong>{' '}
                  <span class="mono time-range">
                    {clock(f.at[0])}–{clock(f.at[1])}
                  </span>{' '}
                  <span class="muted">{t('analysis_confidence', Math.round(f.confidence * 100))}</span>
                  <p>{reasonLine(f)}</p>
                </li>
              ))}
            </ul>
          )}
          {quality.length > 0 && (
            <p class="muted">{t('analysis_suggested', [...new Set(quality.map((f) => termFor(provider, f.mode)))].join(', '))}</p>
          )}
          {result.ocr === 'unavailable' && <p class="muted">{t('analysis_ocr_unavailable')}</p>}
          {result.faces === 'unavailable' && <p class="muted">{t('analysis_faces_unavailable')}</p>}
        </div>
      )}
      {frames.length > 0 && (
        <div>
          <h4>{t('analysis_frames')}</h4>
          <ul class="frame-strip" data-testid="frame-strip">
            {frames.map((f) => (
              <li key={f.id}>
                <img src={f.dataUrl} alt={t('analysis_frame_alt', clock(f.t ?? 0))} />
                <label>
                  <input
                    type="checkbox"
                    data-testid="mark-frame"
                    checked={marked.has(f.id)}
                    onChange={(e) => onMark({ id: f.id, t: f.t ?? 0 }, e.currentTarget.checked)}
                  />{' '}
                  <span class="mono">{clock(f.t ?? 0)}</span> {t('analysis_mark')}
                </label>
              </li>
            ))}
          </ul>
          {marks.length > 0 && <p class="muted">{t('analysis_marked_count', marks.length)}</p>}
        </div>
      )}
    </section>
  );
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
}
