import { describe, expect, it } from 'vitest';
import { makeBackup, MAX_BACKUP_BYTES, personGrants, readBackup } from '../../src/storage/backup.ts';
import { importSummary } from '../../src/storage/backup-words.ts';
import { inLocale } from '../helpers/locale.ts';

const soraGen = {
  g: { provider: 'sora', id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3', status: 'failed', source: 'network' },
  firstSeen: 1,
  lastSeen: 2,
};
const stored = {
  profile: { v: 1, data: { defaults: { email: 'ana@example.com' }, accounts: {} } },
  'generations:sora': { v: 1, data: { 'sora:gen_01k2m3n4p5q6r7s8t9v0w1x2y3': soraGen } },
  tabs: { v: 1, data: {} },
};
const backup = (items: Record<string, unknown>) => JSON.stringify({ format: 'ava-backup', version: 1, exportedAt: 'x', items });
const claim = (draft: Record<string, unknown>, provider = 'sora') => ({
  id: 'c1',
  provider,
  generationIds: ['g1'],
  state: 'sent',
  draft: { subject: 's', body: 'b', ...draft },
  channel: 'gmail',
  kind: 'refund',
  followUps: [],
  amounts: { unit: 'credits' },
  history: [],
  createdAt: 1,
  updatedAt: 1,
});

describe('backup', () => {
  it('round-trips the person’s items (not session state), generations under their provider’s key', () => {
    const text = makeBackup(stored, new Date('2026-11-25T00:00:00Z'));
    const back = readBackup(text);
    expect(Object.keys(back.items).sort()).toEqual(['generations:sora', 'profile']);
    expect(back.items.profile).toEqual(stored.profile);
    expect(back.items['generations:sora']).toEqual(stored['generations:sora']);
    expect(back.notes).toEqual([]);
  });

  it('a v1 backup (one `generations` item) is split per provider; entries filed under another provider are dropped', () => {
    const runway = {
      g: { provider: 'runway', id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', status: 'failed', source: 'network' },
      firstSeen: 1,
      lastSeen: 1,
    };
    const back = readBackup(
      backup({
        generations: {
          v: 1,
          data: {
            'sora:gen_01k2m3n4p5q6r7s8t9v0w1x2y3': soraGen,
            'runway:6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f': runway,
            'sora:forged': runway,
          },
        },
      }),
    );
    expect(Object.keys(back.items).sort()).toEqual(['generations:runway', 'generations:sora']);
    expect(Object.keys(back.items['generations:sora']!.data as object)).toEqual(['sora:gen_01k2m3n4p5q6r7s8t9v0w1x2y3']);
  });

  it('refuses what is not an AVA backup, saying nothing was changed', () => {
    expect(() => readBackup('{oops')).toThrow('This file is not JSON, so it is not an AVA backup. Nothing was changed.');
    const notAva = 'This file is not an AVA backup, or it is damaged, so it was not imported. Nothing was changed.';
    // The QA pass saw zod's English detail ("format: Invalid input: expected …") reach the person; only the sentence may.
    for (const bad of ['{"format":"other"}', '[]', 'null', JSON.stringify({ format: 'ava-backup', version: 1, items: 3 })])
      expect(() => readBackup(bad)).toThrow(new Error(notAva));
    // A whole item it cannot read: the person's words, not store.ts's log line ("claims: stored by a newer AVA (v9)").
    expect(() => readBackup(backup({ claims: { v: 9, data: {} } }))).toThrow(
      new Error('This backup was made by a newer version of AVA. Update AVA, then import it again. Nothing was changed.'),
    );
    expect(() => readBackup(backup({ profile: { data: {} } }))).toThrow(new Error(notAva));
  });

  it('refuses a file larger than any AVA backup before parsing it', () => {
    expect(() => readBackup(' '.repeat(MAX_BACKUP_BYTES + 1))).toThrow(/larger than an AVA backup can be/);
  });

  it('drops only unreadable entries and says which', () => {
    const back = readBackup(
      backup({ 'generations:sora': { v: 1, data: { 'sora:gen_01k2m3n4p5q6r7s8t9v0w1x2y3': soraGen, bad: { g: 1 } } } }),
    );
    expect(Object.keys(back.items['generations:sora']!.data as object)).toEqual(['sora:gen_01k2m3n4p5q6r7s8t9v0w1x2y3']);
    expect(back.notes).toEqual([{ kind: 'entries', item: 'generations:sora', count: 1 }]);
  });

  it('an imported claim keeps only recipients and pages the provider file documents, or that the person typed (issue 17.5)', () => {
    const hostile = readBackup(
      backup({
        claims: { v: 2, data: { c1: claim({ to: 'attacker@evil.example', supportUrl: 'https://evil.example/hc/requests/new' }) } },
      }),
    );
    const c = (hostile.items.claims!.data as Record<string, { draft: Record<string, unknown> }>).c1!;
    expect(c.draft.to).toBeUndefined();
    expect(c.draft.supportUrl).toBeUndefined();
    expect(hostile.notes).toEqual([
      { kind: 'recipient-dropped', claim: 'c1', provider: 'sora', to: 'attacker@evil.example' },
      { kind: 'page-dropped', claim: 'c1', provider: 'sora', url: 'https://evil.example/hc/requests/new' },
    ]);
    // Sora's documented help center (src/providers/sora.ts) stays, whatever its query says.
    const own = readBackup(backup({ claims: { v: 2, data: { c1: claim({ supportUrl: 'https://help.openai.com/?x=1' }) } } }));
    expect((own.items.claims!.data as Record<string, { draft: Record<string, unknown> }>).c1!.draft.supportUrl).toBe(
      'https://help.openai.com/?x=1',
    );
    // A recipient marked as typed by the person is kept, and named at import so the person sees it.
    const typed = readBackup(backup({ claims: { v: 2, data: { c1: claim({ to: 'me@example.com', toByPerson: true }) } } }));
    expect((typed.items.claims!.data as Record<string, { draft: Record<string, unknown> }>).c1!.draft.to).toBe('me@example.com');
    expect(typed.notes).toEqual([{ kind: 'recipient-kept', claim: 'c1', to: 'me@example.com' }]);
  });

  describe('sites and hosts the person chose (QA pass 3)', () => {
    const site = 'https://beta.sora.example';
    const chosen = {
      ...stored,
      addedSites: { v: 1, data: { [site]: { provider: 'sora', addedAt: 5 } } },
      allowedMediaHosts: { v: 1, data: { 'cdn.example.net': { provider: 'sora', at: 6 } } },
    };
    // As chrome.permissions.getAll answers: a required host, the added site's grant and a provider media host.
    const chromeOrigins = ['https://sora.chatgpt.com/*', `${site}/*`, 'https://videos.openai.com/*'];

    it('exports the added sites, the allowed video hosts and the optional grants, and imports them back', () => {
      const grants = personGrants(chromeOrigins, chosen);
      expect(grants).toEqual([`${site}/*`, 'https://videos.openai.com/*']);
      const back = readBackup(makeBackup(chosen, new Date('2026-12-07T00:00:00Z'), grants));
      expect(back.items.addedSites).toEqual(chosen.addedSites);
      expect(back.items.allowedMediaHosts).toEqual(chosen.allowedMediaHosts);
      // Listed for the person to allow again: an import never grants or requests a permission.
      expect(back.regrant).toEqual(grants);
    });

    it('still imports a version 1 backup (no grants recorded), and refuses grants that are not one https host', () => {
      const v1 = readBackup(backup({ addedSites: chosen.addedSites, profile: stored.profile }));
      expect(Object.keys(v1.items).sort()).toEqual(['addedSites', 'profile']);
      expect(v1.regrant).toEqual([]);
      const forged = JSON.stringify({ format: 'ava-backup', version: 2, exportedAt: 'x', items: {}, grantedOrigins: ['<all_urls>'] });
      expect(() => readBackup(forged)).toThrow(/not an AVA backup/);
    });
  });

  describe('what a partly successful import says, in the language of the page', () => {
    const partly = () =>
      readBackup(
        backup({
          'generations:sora': { v: 1, data: { 'sora:gen_01k2m3n4p5q6r7s8t9v0w1x2y3': soraGen, bad: { g: 1 }, worse: 7 } },
          claims: {
            v: 2,
            data: {
              c1: claim({ to: 'attacker@evil.example', supportUrl: 'https://evil.example/hc/requests/new' }),
              c2: { ...claim({ to: 'me@example.com', toByPerson: true }), id: 'c2' },
            },
          },
        }),
      );
    const summary = () => {
      const back = partly();
      return importSummary(Object.keys(back.items), back.notes);
    };

    it('English: each thing left out in words, the kept address on its own', () => {
      expect(summary()).toBe(
        'Imported claims, generations from OpenAI Sora 2. Left out: the address attacker@evil.example on a claim (not a ' +
          'documented address of OpenAI Sora 2); the support page https://evil.example/hc/requests/new on a claim (not a ' +
          'documented page of OpenAI Sora 2); 2 unreadable entries in generations from OpenAI Sora 2. Reload open AVA ' +
          'pages to see it. The address you typed on a claim was kept: me@example.com.',
      );
    });

    it('Spanish, German and Japanese: the same facts, with no English left in the sentence', () => {
      expect(inLocale('es', summary)).toBe(
        'Importado: reclamaciones, generaciones de OpenAI Sora 2. Omitido: la dirección attacker@evil.example de una ' +
          'reclamación (no es una dirección documentada de OpenAI Sora 2); la página de soporte ' +
          'https://evil.example/hc/requests/new de una reclamación (no es una página documentada de OpenAI Sora 2); ' +
          '2 entradas ilegibles en generaciones de OpenAI Sora 2. Recarga las páginas de AVA abiertas para verlo. ' +
          'Se conservó la dirección que escribiste en una reclamación: me@example.com.',
      );
      for (const lang of ['de', 'ja']) {
        const said = inLocale(lang, summary);
        expect(said).toContain('attacker@evil.example');
        expect(said).toContain('me@example.com');
        expect(said).not.toMatch(/Left out|dropped|unreadable|recipient|not documented|kept/i);
      }
      expect(inLocale('ja', summary)).toContain('OpenAI Sora 2 の生成 のうち読み取れない項目 2 件');
    });

    it('one unreadable entry and nothing else readable: "imported nothing", the entry counted in words', () => {
      const back = readBackup(backup({ claims: { v: 2, data: { c1: { id: 'c1' } } } }));
      expect(back.notes).toEqual([{ kind: 'entries', item: 'claims', count: 1 }]);
      expect(importSummary([], back.notes)).toBe('Imported nothing. Left out: one unreadable entry in claims.');
      expect(inLocale('fr', () => importSummary([], back.notes))).toBe(
        'Rien n’a été importé. Laissé de côté : une entrée illisible dans demandes.',
      );
    });
  });
});
