/**
 * Every string the popup and the dashboard show goes through chrome.i18n, so a translation is one new
 * `_locales/<lang>/messages.json` and nothing else. The key type comes from the English file: a missing or misspelt
 * key is a type error, not a blank label at run time.
 */
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/**
 * The one chrome API this core module touches, typed here rather than through the chrome types: core code compiles
 * without them (tsconfig.core.json), and outside an extension page (Node, tests) it is simply absent.
 */
type I18nHost = { chrome?: { i18n?: { getMessage(key: string, subs: string[]): string } } };

/** The message for `key`, with `$1`..`$9` replaced by `subs` (chrome.i18n does the substitution). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const text = (globalThis as I18nHost).chrome?.i18n?.getMessage(key, subs.map(String));
  // An empty answer means the key is missing from the locale file; show the key so it is noticed, not a blank.
  return text || key;
}

/**
 * A message not yet put into words: for contexts without chrome.i18n (the offscreen document has only
 * chrome.runtime), which hand it to one that has it (the service worker) to word with t().
 */
export interface Wording {
  key: MessageKey;
  subs: string[];
}

export const wording = (key: MessageKey, ...subs: (string | number)[]): Wording => ({ key, subs: subs.map(String) });

export const worded = (w: Wording): string => t(w.key, ...w.subs);
