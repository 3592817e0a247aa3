import { useEffect, useState } from 'preact/hooks';
import type { AnalysisProgress, AnalysisRecord } from '../analysis/record.ts';
import type { ItemSpec } from '../storage/store.ts';
import type { Later } from './useLater.ts';

export interface AnalysisState {
  progress?: AnalysisProgress;
  result?: AnalysisRecord;
}

/** ui/useItem.ts's useItem, through later.ts: the store and the items' schemas are not part of the first view. */
export function useLaterItem<T>(later: Later | undefined, spec: (l: Later) => ItemSpec<T>, area: 'local' | 'session'): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => later?.followItem(spec(later), area, (v) => setValue(() => v)), [later, area]);
  return value;
}

/**
 * The frame analysis of one generation: its progress while the offscreen document works (session storage, which
 * the popup as a trusted context may read) and the stored result (local storage), followed through storage changes,
 * so a reopened popup picks up a running analysis where it is. Read once the popup's later code has loaded.
 */
export function useAnalysis(generationKey: string | undefined, later: Later | undefined): AnalysisState {
  const progress = useLaterItem(later, (l) => l.analysisProgressItem, 'session');
  const results = useLaterItem(later, (l) => l.analysesItem, 'local');
  if (!generationKey) return {};
  return { progress: progress?.[generationKey], result: results?.[generationKey] };
}
