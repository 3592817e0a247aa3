import type { ContentToBackground, UiToBackground } from '../messages/contract.ts';
import type { HandlerMap } from '../messages/router.ts';
import { recordReadings } from '../claims/balances.ts';
import { countProblems } from '../claims/problems.ts';
import { providerById } from '../providers/index.ts';
import { readGenerations } from '../storage/generations.ts';
import { balancesItem, casesItem, diagnosticsItem, profileItem, tabsItem } from '../storage/items.ts';
import { TabStateAnswerSchema } from '../messages/tab-state.ts';
import { popupRows, providerView } from '../claims/tab-view.ts';
import { recordUnread } from '../storage/diagnostics.ts';
import type { Store } from '../storage/store.ts';
import { type AnalysisDeps, analysisUiHandlers } from './analysis.ts';
import { autofillUiHandlers } from './autofill.ts';
import { casesUiHandlers } from './cases.ts';
import { recordGenerations, recordPageStatus } from './generations.ts';
import { enteredContentHandlers, enteredUiHandlers } from './entered.ts';
import type { EvidenceRecord } from '../storage/evidence-db.ts';
import { t } from '../shared/i18n.ts';
import { addSite, listSites, removeSite, type SitesEdge } from './sites.ts';

/** The edges the handlers need; main.ts passes chrome's, tests can pass their own. */
export interface BackgroundDeps {
  local: Store;
  session: Store;
  now: () => number;
  setBadge: (tabId: number, count: number) => Promise<void>;
  captureTab: (tabId: number, generationKey: string) => Promise<string>;
  /** Frame analysis (offscreen document); absent where there is none (tests of other handlers). */
  analysis?: AnalysisDeps;
  /** Start-up work the handlers wait for (the per-provider storage migration); absent in tests that need none. */
  ready?: Promise<unknown>;
  /** Added sites (chrome.scripting, chrome.permissions); absent in tests of other handlers. */
  sites?: SitesEdge;
  putEvidence?: (r: EvidenceRecord) => Promise<string>;
  newId?: () => string;
}

const missing = () => Promise.reject(new Error(t('err_unavailable_here')));
const enteredDeps = (d: BackgroundDeps) => ({ ...d, putEvidence: d.putEvidence ?? missing, newId: d.newId ?? (() => crypto.randomUUID()) });

export function contentHandlers(d: BackgroundDeps): HandlerMap<ContentToBackground, { tabId: number; pageUrl: string; provider: string }> {
  return {
    ...enteredContentHandlers(enteredDeps(d)),
    // Asked by the content script on a site the person added; the sender check found the provider by its origin.
    'content/site-provider': (_msg, ctx) => ({ provider: ctx.provider }),
    // Only where the person pressed Pick and the module could not load (an added site); the sender check found the
    // page's provider, so this never injects into a page AVA does not serve. Chrome refuses an origin not granted.
    'content/load-picker': async (_msg, ctx) => {
      if (!d.sites) throw new Error(t('err_unavailable_here'));
      await d.sites.injectPicker(ctx.tabId);
      return {};
    },
    'content/generations': async (msg, ctx) => {
      await d.ready;
      const p = providerById(msg.provider);
      const rules = { formats: (p?.idFormats ?? []).map((f) => f.pattern) };
      const rec = await recordGenerations(d.local, d.session, ctx.tabId, msg.provider, ctx.pageUrl, msg.generations, d.now(), rules);
      const keys = (await d.session.read(tabsItem))[String(ctx.tabId)]?.keys ?? [];
      const gens = Object.values(await readGenerations(d.local, keys)).map((e) => e.g);
      await d.setBadge(ctx.tabId, p ? countProblems(gens, p, new Date(d.now())) : 0);
      return { recorded: rec.keys.length, skipped: rec.skipped };
    },
    'content/page-status': async (msg, ctx) => {
      await recordPageStatus(d.session, ctx.tabId, msg.provider, ctx.pageUrl, msg.recognised, msg.detail, d.now());
      return {};
    },
    // The sender check already tied msg.provider to the page's provider, so a page can only add to its own history.
    'content/balances': async (msg) => {
      const now = d.now();
      await d.local.update(balancesItem, (all) => ({ ...all, [msg.provider]: recordReadings(all[msg.provider] ?? [], msg.readings, now) }));
      return { recorded: msg.readings.length };
    },
    // Shapes only (the schema admits no values); tied to the page's own provider by the same sender check.
    'content/unread': async (msg) => {
      await d.local.update(diagnosticsItem, (all) => recordUnread(all, msg.provider, msg.responses, d.now()));
      return { recorded: msg.responses.length };
    },
  };
}

export function uiHandlers(d: BackgroundDeps): HandlerMap<UiToBackground, true> {
  return {
    // The popup waits on this answer before it shows anything: validate only this tab's entries, not the whole history.
    // It carries all the first view shows (rows triaged here, the profile, the provider's display facts), so the
    // popup opens without the registry or the storage schemas (issue 15.4).
    'ui/tab-state': async (msg) => {
      await d.ready;
      const tab = (await d.session.read(tabsItem))[String(msg.tabId)];
      const keys = tab?.keys ?? [];
      const [all, cases, profile] = await Promise.all([
        readGenerations(d.local, keys),
        d.local.readEntries(casesItem, keys),
        d.local.read(profileItem),
      ]);
      const generations = keys.flatMap((k) => (all[k] ? [all[k].g] : []));
      const provider = tab ? providerById(tab.provider) : undefined;
      const rows = provider ? popupRows(generations, provider, new Date(d.now())) : [];
      return TabStateAnswerSchema.parse({ tab: tab ?? null, rows, cases, profile, provider: provider ? providerView(provider) : null });
    },
    'ui/capture-tab': async (msg) => ({ evidenceId: await d.captureTab(msg.tabId, msg.generationKey) }),
    ...analysisUiHandlers(d),
    ...enteredUiHandlers(enteredDeps(d)),
    'ui/site-add': (msg) => addSite(d.local, sitesOf(d), msg.origin, msg.provider, d.now()).then(() => ({})),
    'ui/site-remove': (msg) => removeSite(d.local, sitesOf(d), msg.origin).then(() => ({})),
    'ui/sites': () => listSites(d.local, sitesOf(d)),
    ...autofillUiHandlers(d),
    ...casesUiHandlers(d),
  };
}

function sitesOf(d: BackgroundDeps): SitesEdge {
  if (!d.sites) throw new Error(t('err_unavailable_here'));
  return d.sites;
}
