import type { UiToBackground } from '../messages/contract.ts';
import type { HandlerMap } from '../messages/router.ts';
import { applyCaseEdit } from '../storage/case-edit.ts';
import { casesItem } from '../storage/items.ts';
import type { Store } from '../storage/store.ts';

/** The worker is the one writer of the stored cases (storage/case-edit.ts says why); the popup sends edits here. */
export function casesUiHandlers(d: {
  local: Store;
  now: () => number;
}): HandlerMap<Extract<UiToBackground, { type: 'ui/case-edit' }>, true> {
  return {
    'ui/case-edit': async (msg) => {
      let saved;
      await d.local.update(casesItem, (all) => {
        saved = applyCaseEdit(all[msg.generationKey], msg.edit, d.now());
        all[msg.generationKey] = saved;
        return all;
      });
      return { case: saved };
    },
  };
}
