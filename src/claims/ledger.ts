import { z } from 'zod';
import { t } from '../shared/i18n.ts';

/** A claim's lifecycle. Moves are explicit so the ledger never shows an impossible history. */
export const CLAIM_STATES = ['drafted', 'sent', 'acknowledged', 'credited', 'partly_credited', 'denied', 'withdrawn'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

const MOVES: Record<ClaimState, readonly ClaimState[]> = {
  drafted: ['sent', 'withdrawn'],
  sent: ['acknowledged', 'credited', 'partly_credited', 'denied', 'withdrawn'],
  acknowledged: ['credited', 'partly_credited', 'denied', 'withdrawn'],
  partly_credited: ['credited', 'denied'],
  credited: [],
  denied: ['sent'], // a denial can be answered with a new message (an appeal): it goes back to sent
  withdrawn: [],
};

/** What the claim asks for: a refund (the popup's draft) or credits an automatic refund did not return. */
export const CLAIM_KINDS = ['refund', 'credits_not_returned'] as const;
const CHANNELS = ['gmail', 'outlook', 'mailto', 'copy', 'help-center', 'support-form', 'none'] as const;

export const ClaimSchema = z.object({
  id: z.string().min(1).max(80),
  provider: z.string().max(40),
  generationIds: z.array(z.string().max(200)).min(1).max(100),
  state: z.enum(CLAIM_STATES),
  /** The draft as sent (or as drafted), kept verbatim. */
  draft: z.object({
    to: z.string().max(300).optional(),
    /** The recipient is not one the provider file documents: the person typed it (claims/recipients.ts). */
    toByPerson: z.literal(true).optional(),
    supportUrl: z.string().max(2048).optional(),
    subject: z.string().max(500),
    body: z.string().max(20000),
  }),
  channel: z.enum(CHANNELS),
  kind: z.enum(CLAIM_KINDS),
  /** Polite follow-ups the person sent from the dashboard; the next one is due N business days after the last. */
  followUps: z.array(z.object({ at: z.number(), channel: z.enum(CHANNELS), subject: z.string().max(500) })).max(50),
  amounts: z.object({
    asked: z.number().nonnegative().optional(),
    credited: z.number().nonnegative().optional(),
    unit: z.string().max(20).default('credits'),
  }),
  history: z.array(z.object({ state: z.enum(CLAIM_STATES), at: z.number(), note: z.string().max(1000).optional() })).max(100),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/**
 * Stored claims version 1 had neither `kind` nor `followUps`: every v1 claim was a refund request from the popup,
 * with no follow-up sent. Unknown shapes pass through untouched, so the per-entry fallback can still judge them.
 */
export function migrateClaimsV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const out: Record<string, unknown> = {};
  for (const [id, c] of Object.entries(data)) {
    out[id] = typeof c === 'object' && c !== null && !Array.isArray(c) ? { kind: 'refund', followUps: [], ...c } : c;
  }
  return out;
}

/** The last time the person wrote to the provider or heard back: the clock a follow-up counts from. */
export function lastContact(c: Pick<Claim, 'history' | 'followUps' | 'createdAt'>): number {
  const times = [
    c.createdAt,
    ...c.history.filter((h) => h.state === 'sent' || h.state === 'acknowledged').map((h) => h.at),
    ...c.followUps.map((f) => f.at),
  ];
  return Math.max(...times);
}

export const canMove = (from: ClaimState, to: ClaimState) => MOVES[from].includes(to);
export const isOpen = (c: Pick<Claim, 'state'>) => c.state === 'sent' || c.state === 'acknowledged' || c.state === 'drafted';

/** Move a claim; an impossible move is a clear error and the claim is left as it was. */
export function moveClaim(c: Claim, to: ClaimState, at: number, note?: string, credited?: number): Claim {
  if (!canMove(c.state, to)) throw new Error(t('err_claim_move', c.state.replace('_', ' '), to.replace('_', ' ')));
  const amounts = credited === undefined ? c.amounts : { ...c.amounts, credited };
  return { ...c, state: to, amounts, updatedAt: at, history: [...c.history, { state: to, at, ...(note ? { note } : {}) }].slice(-100) };
}

export interface LedgerTotals {
  provider: string;
  claims: number;
  asked: number;
  credited: number;
  /** Decided claims that got something back, over all decided claims; undefined until one is decided. */
  successRate?: number;
}

/** Totals per provider, computed locally from the ledger. */
export function totals(claims: readonly Claim[]): LedgerTotals[] {
  const by = new Map<string, Claim[]>();
  for (const c of claims) by.set(c.provider, [...(by.get(c.provider) ?? []), c]);
  return [...by.entries()].map(([provider, list]) => {
    const decided = list.filter((c) => c.state === 'credited' || c.state === 'partly_credited' || c.state === 'denied');
    const won = decided.filter((c) => c.state !== 'denied').length;
    return {
      provider,
      claims: list.length,
      asked: list.reduce((s, c) => s + (c.amounts.asked ?? 0), 0),
      credited: list.reduce((s, c) => s + (c.amounts.credited ?? 0), 0),
      successRate: decided.length ? won / decided.length : undefined,
    };
  });
}
