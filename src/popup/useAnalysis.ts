import { useEffect, useState } from 'preact/hooks';
import type { AnalysisProgress, AnalysisRecord } from '../analysis/record.ts';
import { analysesItem, analysisProgressItem } from '../storage/items.ts';
import { Store } from '../storage/store.ts';
import { localStore } from '../ui/store.ts';

/** Session storage holds the progress of running analyses; the popup is a trusted context and may read it. */
const sessionStore = new Store(chrome.storage.session);

export interface AnalysisState {
  progress?: AnalysisProgress;
  result?: AnalysisRecord;
}

/**
 * The frame analysis of one generation: its progress while the offscreen document works (session storage) and the
 * stored result (local storage), kept live through storage change events, so a reopened popup picks up a running
 * analysis where it is.
 */
export function useAnalysis(generationKey: string | undefined): AnalysisState {
  const [state, setState] = useState<AnalysisState>({});
  useEffect(() => {
    if (!generationKey) return setState({});
    let alive = true;
    const load = async () => {
      const [progress, results] = await Promise.all([sessionStore.read(analysisProgressItem), localStore.read(analysesItem)]);
      if (alive) setState({ progress: progress[generationKey], result: results[generationKey] });
    };
    const onChange = (changes: Record<string, unknown>) => {
      if (analysisProgressItem.key in changes || analysesItem.key in changes) void load();
    };
    void load();
    chrome.storage.onChanged.addListener(onChange);
    return () => {
      alive = false;
      chrome.storage.onChanged.removeListener(onChange);
    };
  }, [generationKey]);
  return state;
}
