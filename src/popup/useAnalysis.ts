import type { AnalysisProgress, AnalysisRecord } from '../analysis/record.ts';
import { useItem } from '../ui/useItem.ts';
import type { Later } from './useLater.ts';

export interface AnalysisState {
  progress?: AnalysisProgress;
  result?: AnalysisRecord;
}

/**
 * The frame analysis of one generation: its progress while the offscreen document works (session storage, which
 * the popup as a trusted context may read) and the stored result (local storage), followed through storage changes,
 * so a reopened popup picks up a running analysis where it is. Read once the popup's later code (the storage items'
 * schemas) has loaded: nothing of it is in the first view.
 */
export function useAnalysis(generationKey: string | undefined, later: Later | undefined): AnalysisState {
  const progress = useItem(later?.analysisProgressItem, 'session');
  const results = useItem(later?.analysesItem);
  if (!generationKey) return {};
  return { progress: progress?.[generationKey], result: results?.[generationKey] };
}
