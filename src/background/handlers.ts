import type { ContentToBackground, UiToBackground } from '../messages/contract.ts';
import type { HandlerMap } from '../messages/router.ts';
import { casesItem, generationsItem, tabsItem } from '../storage/items.ts';
import type { Store } from '../storage/store.ts';
import { problemCount, recordGenerations, recordPageStatus } from './generations.ts';

/** The edges the handlers need; main.ts passes chrome's, tests can pass their own. */
export interface BackgroundDeps {
  local: Store;
  session: Store;
  now: () => number;
  setBadge: (tabId: number, count: number) => Promise<void>;
  captureTab: (tabId: number, generationKey: string) => Promise<string>;
}

export function contentHandlers(d: BackgroundDeps): HandlerMap<ContentToBackground, { tabId: number; pageUrl: string }> {
  return {
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
  };
}

export function uiHandlers(d: BackgroundDeps): HandlerMap<UiToBackground, true> {
  return {
    'ui/tab-state': async (msg) => {
      const [tabs, all, cases] = await Promise.all([d.session.read(tabsItem), d.local.read(generationsItem), d.local.read(casesItem)]);
      const tab = tabs[String(msg.tabId)];
      const generations = (tab?.keys ?? []).map((k) => all[k]).filter((x) => x !== undefined);
      const caseMap = Object.fromEntries((tab?.keys ?? []).filter((k) => cases[k]).map((k) => [k, cases[k]!]));
      return { tab: tab ?? null, generations, cases: caseMap };
    },
    'ui/capture-tab': async (msg) => ({ evidenceId: await d.captureTab(msg.tabId, msg.generationKey) }),
  };
}
