/**
 * Issue 15.5: the UI speaks the six languages the classifier reads. Every locale has every key of the English file,
 * with the same placeholders ($1..$9, which chrome.i18n fills), nothing extra, nothing empty, and is translated
 * (not English copied over); a literal "$" would need Chrome's "$$" escape, so none may stand alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'public/_locales';
type Messages = Record<string, { message: string; placeholders?: unknown }>;
const read = (lang: string) => JSON.parse(readFileSync(`${DIR}/${lang}/messages.json`, 'utf8')) as Messages;
const placeholders = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort();
const en = read('en');
const langs = readdirSync(DIR).filter((l) => l !== 'en');

describe('locales', () => {
  it('ships the five languages the classifier reads besides English', () => {
    expect(langs.sort()).toEqual(['de', 'es', 'fr', 'ja', 'pt_BR']);
  });

  for (const lang of ['de', 'es', 'fr', 'ja', 'pt_BR']) {
    it(`${lang}: every English key, same placeholders, nothing extra or empty, translated`, () => {
      const m = read(lang);
      expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
      const wrong = Object.keys(en).filter((k) => placeholders(m[k]!.message).join() !== placeholders(en[k]!.message).join());
      expect(wrong, 'keys whose placeholders differ from English').toEqual([]);
      expect(
        Object.keys(m).filter((k) => !m[k]!.message.trim()),
        'empty messages',
      ).toEqual([]);
      expect(
        Object.keys(m).filter((k) => /\$(?![\d$])/.test(m[k]!.message)),
        'a lone $',
      ).toEqual([]);
      // Brand and product names (Gmail, Outlook) stay as they are; almost everything else must differ from English.
      const same = Object.keys(en).filter((k) => m[k]!.message === en[k]!.message);
      expect(same.length / Object.keys(en).length, `copied from English: ${same.join(', ')}`).toBeLessThan(0.05);
    });
  }
});
