/**
 * One writer for the stored cases: the popup never writes `cases` itself; it sends what the person changed as an
 * edit (modes ticked or unticked, the words, evidence and marks added or removed) and the worker applies it to the
 * case as stored now. So a result the worker stored meanwhile (suggested modes from an analysis) is kept, and two
 * popups editing one case each keep the other's changes. Pure.
 */
import { z } from 'zod';
import { QUALITY_MODE_IDS } from '../modes/types.ts';
import { type Case, CaseSchema } from './items.ts';

const mode = z.enum(QUALITY_MODE_IDS);
const id = z.string().max(100);
const MarkSchema = z.object({ id, t: z.number().min(0) });

export const CaseEditSchema = z.object({
  addModes: z.array(mode).max(5).optional(),
  removeModes: z.array(mode).max(5).optional(),
  description: z.string().max(4000).optional(),
  addEvidence: z.array(id).max(50).optional(),
  removeEvidence: z.array(id).max(50).optional(),
  putMarks: z.array(MarkSchema).max(50).optional(),
  removeMarks: z.array(id).max(50).optional(),
});
export type CaseEdit = z.infer<typeof CaseEditSchema>;

export const EMPTY_CASE: Case = { modes: [], description: '', evidence: [], updatedAt: 0 };

const minus = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => !b.includes(x));

/** What changed from `before` to `after`, as an edit; empty fields are left out. */
export function diffCase(before: Case, after: Case): CaseEdit {
  const e: CaseEdit = {};
  const set = (k: keyof CaseEdit, v: unknown[]) => v.length && Object.assign(e, { [k]: v });
  set('addModes', minus(after.modes, before.modes));
  set('removeModes', minus(before.modes, after.modes));
  if (after.description !== before.description) e.description = after.description;
  set('addEvidence', minus(after.evidence, before.evidence));
  set('removeEvidence', minus(before.evidence, after.evidence));
  const bm = before.marks ?? [];
  const am = after.marks ?? [];
  set(
    'putMarks',
    am.filter((m) => !bm.some((x) => x.id === m.id && x.t === m.t)),
  );
  set(
    'removeMarks',
    minus(
      bm.map((m) => m.id),
      am.map((m) => m.id),
    ),
  );
  return e;
}

/** The edit applied to the case as it is stored now; the result is checked against CaseSchema (its bounds). */
export function applyCaseEdit(current: Case | undefined, e: CaseEdit, now: number): Case {
  const c = current ?? EMPTY_CASE;
  const modes = [...new Set([...minus(c.modes, e.removeModes ?? []), ...(e.addModes ?? [])])];
  const evidence = [...new Set([...minus(c.evidence, e.removeEvidence ?? []), ...(e.addEvidence ?? [])])].slice(-50);
  const putIds = (e.putMarks ?? []).map((m) => m.id);
  const marks = [
    ...(c.marks ?? []).filter((m) => !putIds.includes(m.id) && !(e.removeMarks ?? []).includes(m.id)),
    ...(e.putMarks ?? []),
  ].slice(-50);
  const next: Case = {
    modes,
    description: e.description ?? c.description,
    evidence,
    updatedAt: now,
    ...(marks.length || c.marks ? { marks } : {}),
  };
  return CaseSchema.parse(next);
}
