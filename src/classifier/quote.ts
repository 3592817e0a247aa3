/**
 * Quoting the person back: the reasons of a finding are pieces of their own description, never the folded text.
 */
import type { Hit } from './matcher.ts';

/** Two cues more than this many characters apart from their anchor are quoted separately. */
const QUOTE_SPAN = 28;

/**
 * The person's own words for each observation, in the order they wrote them; overlapping pieces are merged, so
 * "the bow become" and "the bow become fused" are quoted once as the longer one.
 */
export function quote(original: string, origin: number[], spans: Hit[][]): string[] {
  const ranges: [number, number][] = [];
  for (const span of spans) {
    const sorted = [...span].sort((a, b) => a.start - b.start);
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    if (last.start - first.end <= QUOTE_SPAN) ranges.push([first.start, Math.max(first.end, last.end)]);
    else for (const h of sorted) ranges.push([h.start, h.end]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] < prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([...r]);
  }
  const out: string[] = [];
  for (const [start, end] of merged) {
    const text = original.slice(origin[start], origin[end]).replace(/^[\s,.;:!?]+|[\s,.;:!?]+$/g, '');
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}
