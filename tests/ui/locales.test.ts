/**
 * The English locale is the source of every UI string (src/shared/i18n.ts types its keys). These checks keep it usable
 * by chrome.i18n: valid key names, no empty messages, substitutions Chrome understands, and no dead keys.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string; description?: string }
>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}
const code = [...sources('src'), 'manifest.config.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');

describe('_locales/en/messages.json', () => {
  it('has only key names chrome.i18n accepts and non-empty messages', () => {
    for (const [key, value] of Object.entries(messages)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(value.message.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('uses only positional substitutions $1..$9 (named placeholders are not declared here)', () => {
    for (const [key, { message }] of Object.entries(messages)) {
      const dollars = message.match(/\$[^$\s]*/g) ?? [];
      for (const d of dollars) expect(d, `${key}: ${message}`).toMatch(/^\$[1-9]/);
    }
  });

  it('has no key that no code refers to', () => {
    const unused = Object.keys(messages).filter((k) => !code.includes(`'${k}'`) && !code.includes(`__MSG_${k}__`));
    expect(unused).toEqual([]);
  });
});
