import type { ContentToBackground, UiToBackground } from '../messages/contract.ts';
import type { HandlerMap } from '../messages/router.ts';
import { recordReadings } from '../claims/balances.ts';
import { balancesItem, casesItem, generationsItem, tabsItem } from '../storage/items.ts';
import type { Store } from '../storage/store.ts';
import { type AnalysisDeps, analysisUiHandlers } from './analysis.ts';
import { autofillUiHandlers } from './autofill.ts';
import { problemCount, recordGenerations, recordPageStatus } from './generations.ts';
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
    'content/generations': async (msg, ctx) => {
      const keys = await recordGenerations(d.local, d.session, ctx.tabId, msg.provider, ctx.pageUrl, msg.generations, d.now());
      const [all, tabs] = await Promise.all([d.local.read(generationsItem), d.session.read(tabsItem)]);
      await d.setBadge(ctx.tabId, problemCount(all, tabs[String(ctx.tabId)]?.keys ?? []));
      return { recorded: keys.length };
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
  };
}

export function uiHandlers(d: BackgroundDeps): HandlerMap<UiToBackground, true> {
  return {
    // The popup waits on this answer before it shows anything: validate only this tab's entries, not the whole history.
    'ui/tab-state': async (msg) => {
      const tab = (await d.session.read(tabsItem))[String(msg.tabId)];
      const keys = tab?.keys ?? [];
      const [all, caseMap] = await Promise.all([d.local.readEntries(generationsItem, keys), d.local.readEntries(casesItem, keys)]);
      const generations = keys.map((k) => all[k]).filter((x) => x !== undefined);
      return { tab: tab ?? null, generations, cases: caseMap };
    },
    'ui/capture-tab': async (msg) => ({ evidenceId: await d.captureTab(msg.tabId, msg.generationKey) }),
    ...analysisUiHandlers(d),
    ...enteredUiHandlers(enteredDeps(d)),
    'ui/site-add': (msg) => addSite(d.local, sitesOf(d), msg.origin, msg.provider, d.now()).then(() => ({})),
    'ui/site-remove': (msg) => removeSite(d.local, sitesOf(d), msg.origin).then(() => ({})),
    'ui/sites': () => listSites(d.local, sitesOf(d)),
    ...autofillUiHandlers(d),
  };
}

function sitesOf(d: BackgroundDeps): SitesEdge {
  if (!d.sites) throw new Error(t('err_unavailable_here'));
  return d.sites;
}
