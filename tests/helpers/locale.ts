/**
 * Run `fn` with t() answering from another locale's messages.json, with chrome.i18n.getMessage's rules (as
 * english-locale.ts does for English): for tests that a message is built in the person's language, not English.
 */
import { readFileSync } from 'node:fs';

type Messages = Record<string, { message: string }>;
type Host = { chrome: { i18n: { getMessage(key: string, subs?: string | string[]): string } } };

export function inLocale<T>(lang: string, fn: () => T): T {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
  const i18n = (globalThis as unknown as Host).chrome.i18n;
  const english = i18n.getMessage;
  i18n.getMessage = (key, subs) => {
    const m = messages[key]?.message;
    if (m === undefined) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return m.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
  };
  try {
    return fn();
  } finally {
    i18n.getMessage = english;
  }
}
