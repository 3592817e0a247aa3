import type { AnalysisProgress, AnalysisRecord } from '../analysis/record.ts';
import { analysesItem, analysisProgressItem } from '../storage/items.ts';
import { useItem } from '../ui/useItem.ts';

export interface AnalysisState {
  progress?: AnalysisProgress;
  result?: AnalysisRecord;
}

/**
 * The frame analysis of one generation: its progress while the offscreen document works (session storage, which
 * the popup as a trusted context may read) and the stored result (local storage), followed through storage changes,
 * so a reopened popup picks up a running analysis where it is.
 */
export function useAnalysis(generationKey: string | undefined): AnalysisState {
  const progress = useItem(analysisProgressItem, 'session');
  const results = useItem(analysesItem);
  if (!generationKey) return {};
  return { progress: progress?.[generationKey], result: results?.[generationKey] };
}
