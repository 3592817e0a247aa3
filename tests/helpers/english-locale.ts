/**
 * Vitest setup: Node has no chrome.i18n, so code that words its messages with t() (src/shared/i18n.ts) reads the
 * English locale here, with chrome.i18n.getMessage's rules: "" for an unknown key, $1..$9 replaced by the
 * substitutions, $$ for a dollar sign. Tests that install their own `chrome` replace this one. (Run from the
 * repository root, as npm test does.)
 */
import { readFileSync } from 'node:fs';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

function getMessage(key: string, subs?: string | string[]): string {
  const m = messages[key]?.message;
  if (m === undefined) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
}

const g = globalThis as { chrome?: unknown };
// runtime.id: webextension-polyfill (src/messages/bus.ts) refuses to load outside an extension; unit tests that send
// messages install a fake runtime with useMessagingApi.
g.chrome ??= { i18n: { getMessage }, runtime: { id: 'ava-unit-tests' } };
