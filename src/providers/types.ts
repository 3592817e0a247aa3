import type { QualityModeId } from '../modes/types.ts';
import type { Fact, Source } from '../shared/facts.ts';
import type { Generation, HardFailureKind } from '../shared/generation.ts';

export type FailureModeKey = QualityModeId | HardFailureKind;

/** What a parser found; `problems` names items it had to skip, so a partial response is visible, not silent. */
export interface ParseResult {
  generations: Generation[];
  problems: string[];
}

/**
 * A balance or a charge exactly as the provider's own response shows it (AVA never computes one). `field` is the
 * provider's field name, verbatim, so the person and the provider's support can find it.
 */
export interface BalanceReading {
  kind: 'balance' | 'charge';
  amount: number;
  unit: string;
  field: string;
  /** For a charge: the generation it was taken for. */
  generationId?: string;
}

/** Thrown when a body is not a shape the provider's parsers know; the message says what was expected. */
export class ParseError extends Error {
  override name = 'ParseError';
}

export interface SupportChannel {
  kind: 'email' | 'help-center' | 'ticket-form' | 'chat' | 'feedback';
  label: string;
  /** An address for `email`, a URL otherwise. Never guessed: each carries its source. */
  value: string;
  /**
   * For a `ticket-form`: the help-desk software serving it, whose new-request form AVA fills (never submits) after
   * the person chooses "Open support form". The manifest's support-page matches are derived from these.
   */
  form?: 'zendesk' | 'freshdesk';
  source: Source;
}

export interface ProviderTerm {
  /** The provider's own name for the failure (falls back to the canonical term when absent). */
  term: string;
  /** The provider's own code(s), verbatim. */
  codes?: readonly string[];
  source: Source;
}

export interface LifecycleEvent {
  label: string;
  /** ISO date. */
  date: string;
  source: Source;
}

export interface Migration {
  useCase: string;
  suggestion: string;
}

export interface ProviderDefinition {
  id: string;
  name: string;
  /** Hosts whose pages AVA reads; each becomes a content-script match. */
  hosts: readonly string[];
  /** Content-script match patterns: the generation pages. The manifest is derived from these. */
  matches: readonly string[];
  /** URLs of this provider's generation pages; every other provider's patterns must reject them. */
  testUrls: readonly string[];
  /** Network responses (by URL) that carry generations; the page-world tap hands only these to parseResponse. */
  apiUrls: readonly RegExp[];
  /** Hosts serving the generated videos (for fetching a clip to analyse). */
  mediaHosts: readonly string[];
  idFormats: readonly { label: string; pattern: RegExp; example: string; source: Source }[];
  /** How long a queued/running job may sit before AVA calls it stuck. */
  stuckAfterMinutes: Fact<number>;

  support: {
    channels: readonly SupportChannel[];
    /** Said in the draft when no channel is documented (instead of a guessed address). */
    noneDocumented?: string;
  };
  ticket: {
    /** Subject lines in the form the provider's support expects. */
    subjects: { failed: string; quality: string; moderation: string; creditsNotReturned: string };
    /** How the provider identifies the account; asked for in the profile. */
    accountFields: readonly ('email' | 'last4')[];
    /** What a ticket must contain, per the provider. */
    mustInclude: readonly string[];
    source: Source;
  };
  policy: {
    /** Does the provider return credits by itself when a generation fails? */
    autoRefundOnFailure: Fact<boolean | 'unknown'>;
    /** What the provider says about completed-but-bad output. */
    qualityClaims: Fact<string>;
    /** What the provider allows after a moderation block. */
    moderation: Fact<string>;
    /** The honest policy sentence a draft quotes. */
    summary: Fact<string>;
    /** How long the provider says an automatic refund takes, in minutes; absent where no source states it. */
    refundWithinMinutes?: Fact<number>;
    /** Business days to wait for an answer before a follow-up, where the provider states a response time. */
    followUpBusinessDays?: Fact<number>;
    /**
     * The provider's own article that supports the ask, for one short sentence in the draft ("your help article
     * '<title>' says <says>"). Only where a source states it; absent otherwise (the draft then cites nothing).
     */
    refundCitation?: {
      title: string;
      says: string;
      source: Source;
      /**
       * What the person says of their own case after the quote, where "mine did not come back" (an automatic return
       * that did not happen) does not follow from what the article says.
       */
      mine?: string;
    };
  };
  /**
   * What the person pays with: credits (a refund returns them) or a subscription quota (a failed try used up part of
   * an allowance; the ask is to restore it). Absent means credits.
   */
  billing?: { kind: 'credits' | 'quota'; unit: string; source: Source };
  lifecycle: {
    status: 'active' | 'discontinued';
    events: readonly LifecycleEvent[];
    migration?: readonly Migration[];
  };
  /** The provider's own term or code per failure mode, where it has one. */
  terms: Partial<Record<FailureModeKey, ProviderTerm>>;

  /** Pure: a parsed JSON body from one of `apiUrls` to generations. Throws ParseError for an unknown shape. */
  parseResponse(url: string, body: unknown): ParseResult;
  /** Pure: the fallback when no network response was seen; reads the rendered page. */
  parseDom(root: ParentNode, pageUrl: string): ParseResult;
  /** Pure, optional: balances or charges a response from `apiUrls` shows; only for fields a source documents. */
  parseBalance?(url: string, body: unknown): BalanceReading[];
}

/**
 * What capture needs of a provider (pages, API URLs, ID formats, parsers), without the sourced fact texts (support,
 * ticket, policy, lifecycle, terms, billing) only the popup, dashboard, worker and drafts use. The content script
 * imports only these (providers/capture.ts), so the facts stay out of the script injected on every provider page.
 */
export type ProviderCapture = Pick<
  ProviderDefinition,
  'id' | 'name' | 'hosts' | 'matches' | 'testUrls' | 'apiUrls' | 'mediaHosts' | 'idFormats' | 'parseResponse' | 'parseDom' | 'parseBalance'
>;

/** The facts part of a provider: what only the popup, dashboard, worker and drafts read. */
export type ProviderFacts = Omit<ProviderDefinition, keyof ProviderCapture>;

/**
 * A provider's full definition: its capture part plus its facts. Each provider file calls it with a `@__PURE__`
 * annotation and its facts in a function, so the bundler drops the whole call, facts and the constants only they use
 * included, from a bundle that reads only the capture part (the content script). A plain `{ ...capture, ... }`
 * literal, or the facts as a plain argument, is kept there in part: a spread may run getters, a template string may
 * run toString, as far as the bundler knows.
 */
export const withFacts = (capture: ProviderCapture, facts: () => ProviderFacts): ProviderDefinition => ({ ...capture, ...facts() });
